# int(x, base) for several bases, and float's special values.
print(int('ff', 16), int('0b101', 0), int('z', 36), int(' 42 '), int('-0o17', 8))
print(float('inf'), float('-inf'), float('nan'), float(' 1e3 '), float('-0.0'))
