# Tuples nested 100,000 deep: hashing and using them as keys works; isinstance and issubclass
# count each level against the recursion limit; an except clause accepts only one level of tuple.
t = ()
for i in range(100000):
    t = (t,)
print(hash(t) == hash(t))
d = {t: "deep"}
print(d[t], t in d)

classes = int
for i in range(100000):
    classes = (classes,)
for check in (lambda: isinstance(1, classes), lambda: issubclass(bool, classes)):
    try:
        check()
    except RecursionError as e:
        print("RecursionError:", e)

print(isinstance(1, (str, (float, (int,)))), issubclass(bool, ((str,), int)))

for handler in ((ValueError,), ((ValueError,),), (ValueError, 5), (KeyError, ValueError)):
    try:
        try:
            raise ValueError("v")
        except handler:
            print("caught by", handler)
    except TypeError as e:
        print("TypeError:", e)
    except ValueError:
        print("not caught by", handler)
