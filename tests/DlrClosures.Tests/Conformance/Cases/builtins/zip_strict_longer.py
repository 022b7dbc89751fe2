# zip(strict=True) also notices an argument that is longer than the first.
list(zip([1], [1, 2, 3], strict=True))
