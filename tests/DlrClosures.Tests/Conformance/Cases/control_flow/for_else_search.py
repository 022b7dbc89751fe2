# for/else as a search: else runs only when no break happened.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")


find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
