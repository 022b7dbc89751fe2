small = 1e-300
big = 1e300
neg = -0.0
