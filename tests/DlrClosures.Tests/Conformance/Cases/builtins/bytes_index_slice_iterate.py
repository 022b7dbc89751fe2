# Indexing bytes gives an int, slicing gives bytes, iteration gives ints.
data = b'hello'
print(data[0], data[-1], data[1:3], data[::-1], list(data[:2]), [c for c in data if c > 104])
