# A class keyword that nothing consumes reaches object.__init_subclass__: CPython's TypeError.
class Base:
    def __init_subclass__(cls, **kwargs):
        print("Base sees", kwargs)
        super().__init_subclass__(**kwargs)

class Fine(Base):
    pass

class Plain:
    pass

class Wrong(Plain, color="red"):
    pass
