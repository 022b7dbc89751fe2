# frozenset has no mutating methods.
frozenset([1]).add(2)
