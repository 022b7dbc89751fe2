# The first argument of the sentinel form must be callable.
iter([1, 2], 2)
