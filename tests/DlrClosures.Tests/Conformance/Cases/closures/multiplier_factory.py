# Each call of the factory captures its own parameter.
def scale_by(k):
    def apply(v):
        return v * k

    return apply


halve = scale_by(0.5)
tenfold = scale_by(10)
print(halve(9), tenfold(9))
print(tenfold("ab"[0]) == "a" * 10)
print([scale_by(n)(3) for n in range(4)])
