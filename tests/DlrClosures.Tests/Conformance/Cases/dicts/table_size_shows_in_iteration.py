# How a dict was built decides its table size (a display of 6 to 15 pairs is presized, a
# comprehension grows as it goes, copy() clones the table, update() into an empty dict sizes it
# for the source), and the size decides whether swapping keys while iterating ends quietly after
# a resize or fails with "keys changed": the same loop gives different answers, as in CPython.
def swap(d):
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[k + 100] = k
    except RuntimeError as e:
        return str(e) + " after " + str(seen)
    return "ended after " + str(seen)


print("display of 6:", swap({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print("comprehension of 6:", swap({i: i for i in range(1, 7)}))
print("display of 3:", swap({1: 1, 2: 2, 3: 3}))
print("display of 12:", swap({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12}))
print("comprehension of 12:", swap({i: i for i in range(1, 13)}))
big = {i: i for i in range(1, 11)}
print("copy of 10:", swap(big.copy()))
holes = {i: i for i in range(1, 31)}
for i in range(1, 21):
    del holes[i]
print("copy of sparse 10:", swap(holes.copy()))
target = {}
target.update({i: i for i in range(1, 8)})
print("update into empty:", swap(target))
print("dict() of pairs:", swap(dict([(i, i) for i in range(1, 8)])))
print("after popitem:", swap({1: 1, 2: 2, 3: 3, 4: 4, 5: 5}), end=" ")
p = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}
p.popitem()
p[9] = 9
print(swap(p))
print("display of 17:", swap({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15, 16: 16, 17: 17}))
print("display with **:", swap({**{1: 1, 2: 2}, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}))
