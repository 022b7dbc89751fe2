# next(iterator, default) gives the default at the end instead of StopIteration.
it = iter([1])
print(next(it), next(it, 'done'), next(it, None))
