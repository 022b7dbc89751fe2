# A class defined inside a function: its methods read that function's variables as closures.
def make_class(prefix):
    sep = ": "

    class Tagger:
        def tag(self, text):
            return prefix + sep + text

    sep = " -> "
    return Tagger


T = make_class("log")
U = make_class("err")
print(T().tag("start"))
print(U().tag("stop"))
print(T is U)
