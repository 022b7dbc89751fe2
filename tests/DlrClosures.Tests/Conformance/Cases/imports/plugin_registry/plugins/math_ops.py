import registry
factor = 3
for op in ("twice", "thrice"):
    @registry.register(op)
    def apply(s, n=len(op)):
        return s * (n - factor)
