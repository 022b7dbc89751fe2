# staticmethod objects are callable (3.10+) and keep the function's name and doc; classmethod
# objects expose __func__.
def helper(x):
    "double it"
    return x * 2

s = staticmethod(helper)
c = classmethod(helper)
print(s(21), s.__func__ is helper, s.__name__, s.__doc__)
print(c.__func__ is helper, c.__doc__)

class K:
    util = s
    twice = c
print(K.util(4), K().util(5), K.twice())
