# repr of frozensets, empty and not, and inside containers.
print(frozenset(), frozenset([2, 1]), [frozenset([5])], {frozenset([1]): 2})
