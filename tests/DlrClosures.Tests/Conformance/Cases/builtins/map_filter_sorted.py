# map, filter and sorted with closures as keys and predicates.
def above(limit):
    return lambda v: v > limit


nums = [5, -3, 12, 0, 8, -7]
print(list(map(abs, nums)))
print(list(filter(above(4), nums)))
print(sorted(nums))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda v: -v))
print(sorted(["pear", "Fig", "apple"], key=str.lower, reverse=True))
