# Walking a nested structure with recursive yield from.
def flatten(node):
    if isinstance(node, list):
        for child in node:
            yield from flatten(child)
    else:
        yield node

tree = [1, [2, [3, 4], []], [[5]], 6]
print(list(flatten(tree)))

def depth_first(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from depth_first(child, depth + 1)

print("\n".join(depth_first(("root", [("a", [("a1", [])]), ("b", [])]))))
