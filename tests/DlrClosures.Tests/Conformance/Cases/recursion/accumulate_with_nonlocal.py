# A recursive walk that records what it sees in a nonlocal list and counter.
def flatten(tree):
    seen = []
    depth_max = 0

    def walk(node, depth):
        nonlocal depth_max
        depth_max = max(depth_max, depth)
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            seen.append(node)

    walk(tree, 0)
    return seen, depth_max


print(flatten([1, [2, [3, [4]], 5], [[6]]]))
