# sorted compares each item with the one before it, so the operands appear
# as ('str', 'int') here, the other way round from the written order.
print(sorted([3, 1, 2]))
print(sorted([3, "1", 2]))
