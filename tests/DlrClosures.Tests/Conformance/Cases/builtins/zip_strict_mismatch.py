# zip(strict=True) raises when an argument is shorter.
print(list(zip('ab', [1, 2], strict=True)))
list(zip('abc', [1, 2], strict=True))
