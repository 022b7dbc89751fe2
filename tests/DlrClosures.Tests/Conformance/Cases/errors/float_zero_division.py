# Float division by zero has its own message.
def per_item(total, count):
    return total / count


print(per_item(1.5, 3))
print(per_item(1.5, 0.0))
