# A registry module filled by decorators in other modules, each closing over its own settings.
import registry
import plugins.greet
import plugins.math_ops
for name in sorted(registry.PLUGINS):
    print(name, registry.PLUGINS[name]("x"))
print(registry.calls)
