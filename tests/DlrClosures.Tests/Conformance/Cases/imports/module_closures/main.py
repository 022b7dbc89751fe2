# A module's functions close over its globals: changes through the module are seen inside it.
import config
get = config.getter("level")
print(get())
config.settings["level"] = 5
print(get())
config.rebind()
print(get(), config.settings)
