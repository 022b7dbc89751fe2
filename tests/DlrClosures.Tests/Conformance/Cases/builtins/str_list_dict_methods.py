# Common methods of str, list and dict.
s = "  Hello, World  "
print(s.strip().lower(), s.strip().split(", "))
print("-".join(["a", "b", "c"]), "abc".upper(), "x".center(5, "*"))
print("banana".count("a"), "banana".find("n"), "banana".replace("a", "o", 2))
print("a,b,,c".split(","), "line".startswith("li"), "42".isdigit())
items = [3, 1, 2]
items.append(4)
items.extend([0])
items.sort()
# Both prints of `items` show the list after pop: arguments are evaluated first,
# and they are the same object.
print(items, items.pop(), items.index(2), items)
d = {"x": 1}
d.setdefault("y", 2)
d.update({"z": 3})
print(d, d.get("w"), d.get("w", 0), list(d.keys()), list(d.values()))
print(d.pop("x"), d)
