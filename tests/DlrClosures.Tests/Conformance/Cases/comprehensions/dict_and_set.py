# Dict and set comprehensions have their own scope too.
words = ["apple", "kiwi", "banana", "fig"]
lengths = {w: len(w) for w in words}
print(lengths)
print({len(w) for w in words})
print(sorted({w[0] for w in words}))
print({k: v for k, v in lengths.items() if v > 3})
