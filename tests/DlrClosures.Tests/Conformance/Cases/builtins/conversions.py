# int, float, str, bool, list, tuple, dict, set conversions.
print(int("42"), int(3.99), int(-3.99), int("-0"))
print(float("2.5"), float(3), float("-inf"))
print(str(10), str(1.0), str(None), str(True))
print(bool(0), bool(""), bool([]), bool("0"), bool(0.0), bool([0]))
print(list("abc"), tuple([1, 2]), list(range(2, 11, 4)))
print(dict(a=1, b=2), dict([("k", "v")]))
print(sorted(set([3, 1, 3, 2])))
print(repr("it's"), repr('say "hi"'))
