# The name after `as` receives what __enter__ returned, not the manager itself.
class Manager:
    def __init__(self, payload):
        self.payload = payload

    def __enter__(self):
        return self.payload

    def __exit__(self, *args):
        pass

m = Manager([1, 2, 3])
with m as got:
    print(got, got is m.payload, got is m)
with Manager(None) as nothing:
    print(nothing)
