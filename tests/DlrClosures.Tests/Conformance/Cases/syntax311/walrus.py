# Assignment expressions: in conditions, calls, displays, comprehensions (bound in the enclosing
# function or module), and with closures over the bound name.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print(n)

i = 0
while (i := i + 1) < 4:
    print("loop", i)

print(y := 5, y + 1)
values = [z := 10, z * 2, z * 3]
print(values, z)

big = [v for x in data if (v := x * 10) > 30]
print(big, v)

def last_match(items):
    found = None
    if [x for x in items if (found := x) > 5]:
        return found
    return None

print(last_match(data), last_match([1, 2]))

def counter():
    total = 0
    [total := total + x for x in range(5)]
    return total

print(counter())

def closure():
    [w := i for i in range(3)]
    return lambda: w

print(closure()())

def nested():
    def inner():
        return [(q := k) for k in "abc"], q
    return inner()

print(nested())
print((a := 1, b := 2), a, b)
d = {}
d[k := "key"] = 1
print(d, k)
