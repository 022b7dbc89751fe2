# skip: needs the bound special methods of built-in values (d.__setitem__ read as an attribute of a dict)
# A plugin system: a metaclass that registers classes and collects handler methods marked by a
# decorator, __init_subclass__ options, a typed-field descriptor with __set_name__, a class
# decorator adding a __repr__, and handlers that are closures bound to instances.


def handles(*events):
    def mark(fn):
        fn.events = events
        return fn
    return mark


class Registry(type):
    plugins = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        return {"registered_by": mcs.__name__}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        handlers = {}
        for base in reversed(cls.__mro__[1:]):
            handlers.update(getattr(base, "_handlers", {}))
        for attr, value in namespace.items():
            for event in getattr(value, "events", ()):
                handlers[event] = attr
        cls._handlers = handlers
        if bases:
            mcs.plugins[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by = "Registry"
        return instance


class Typed:
    def __init__(self, kind, default):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)


def auto_repr(cls):
    fields = [k for k, v in vars(cls).items() if isinstance(v, Typed)]

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"
    cls.__repr__ = __repr__
    return cls


class Plugin(metaclass=Registry):
    priority = Typed(int, 0)

    def __init_subclass__(cls, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix

    def dispatch(self, event, payload):
        name = self._handlers.get(event)
        if name is None:
            return f"{self.prefix}{type(self).__name__}: ignored {event}"
        return getattr(self, name)(payload)


@auto_repr
class Echo(Plugin, prefix="> "):
    channel = Typed(str, "main")

    @handles("message", "ping")
    def on_message(self, payload):
        return f"{self.prefix}{self.channel}: {payload}"


@auto_repr
class Counter(Echo, prefix="# "):
    def __init__(self):
        self.counts = {}
        self.bump = lambda key: self.counts.__setitem__(key, self.counts.get(key, 0) + 1)

    @handles("count")
    def on_count(self, payload):
        for word in payload.split():
            self.bump(word)
        return sorted(self.counts.items())


echo, counter = Echo(), Counter()
echo.channel = "ops"
counter.priority = 5
for plugin in (echo, counter):
    for event, payload in [("message", "hi"), ("count", "a b a"), ("ping", "!"), ("count", "b")]:
        print(plugin.dispatch(event, payload))
print(sorted(Registry.plugins), Echo.registered_by, counter.created_by)
print(echo, counter, Counter.priority.default, sorted(Counter._handlers.items()))
try:
    echo.priority = "high"
except TypeError as e:
    print(e)
print(type(Plugin).__name__, isinstance(counter, Echo), Counter.__mro__[1].__name__)
