# next() past the end raises StopIteration.
it = iter([])
next(it)
