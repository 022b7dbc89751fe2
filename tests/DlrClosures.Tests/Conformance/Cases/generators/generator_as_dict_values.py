# Generators stored in a dict and advanced independently, round robin.
def letters(word):
    for ch in word:
        yield ch

streams = {name: letters(name) for name in ["abc", "de", "f"]}
out = []
while streams:
    for name in list(streams):
        try:
            out.append(next(streams[name]))
        except StopIteration:
            del streams[name]
print("".join(out))
