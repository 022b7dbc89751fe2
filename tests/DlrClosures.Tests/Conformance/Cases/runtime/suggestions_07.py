# Runtime check (suggestions): output and error must be exactly CPython's.
class A:
    def __init__(self): self.value = 1; self.other = 2
    def method(self): pass
A().valeu
