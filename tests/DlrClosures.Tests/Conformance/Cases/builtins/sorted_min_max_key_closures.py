# key= lambdas that close over a variable, and default= for empty inputs.
target = 10
closest = lambda xs: min(xs, key=lambda x: abs(x - target))
print(closest([3, 8, 14, 11]), max(['aa', 'b', 'ccc'], key=len), min([], default='none'))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([3, 1, 2], key=lambda x: -x * target, reverse=True))
