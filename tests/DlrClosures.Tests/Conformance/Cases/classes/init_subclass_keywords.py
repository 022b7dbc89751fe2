# __init_subclass__ is an implicit classmethod called on the parent when a subclass is made,
# with the class statement's keyword arguments.
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins.append(cls.plugin_name)

class CsvReader(Plugin, name="csv"):
    pass

class JsonReader(Plugin):
    pass

class Strict(CsvReader, name="strict"):
    pass

print(Plugin.plugins, Strict.plugin_name, CsvReader.plugin_name)
print(hasattr(Plugin, "plugin_name"))
