# Chains of int operations: results, overflow into big ints, zero divisors and the order in which
# operands are evaluated and errors raised, as CPython does them.
big = 2 ** 62
log = []

def val(tag, v):
    log.append(tag)
    return v

def chains(i, k):
    a = i * 2 % 7
    b = (i + k) * (i - k) // 3
    c = -i % 5 + i // -4
    d = i & 6 | k ^ 3
    return a, b, c, d

for i in range(-6, 7):
    print(i, chains(i, 3))

# Overflow in the middle of a chain becomes a big int, as does the final result.
x = big
print(x * 4 % 1000000007, x * x // big, (x + x) - x, x * 3 - x * 2)
n = -9223372036854775807 - 1
print(n // -1 + 1, n % -1, n * -1 - 1)

# Operands of other types take the general path.
print(1.5 * 2 % 4, True + 1 * 2, "ab" * 2 * 2, [0] * 2 * 2, 2 ** 3 % 5)
s = "x"
s += "y" * 3
print(s)
lst = [1]
alias = lst
lst += [2] * 2
print(alias, lst is alias)

# Calls evaluated in order, once, with their results combined.
log.clear()
print((val("a", 3) + val("b", 4)) % val("c", 5), log)
log.clear()
total = 10
total += val("d", 2) * 3 % 4
print(total, log)

# A call that rebinds a name read earlier in the expression: the earlier read wins.
g = 1
def bump():
    global g
    g = 100
    return 5
print(g + bump() * 2, g)
g = 1
g += bump() * 2 - 1
print(g)

def swap_to_str():
    global h
    h = "s"
    return 2
h = 1
try:
    print(h + swap_to_str() % 7)
except TypeError as e:
    print("TypeError", e)

# Zero divisors raise before a later unbound name is read.
def zero_then_unbound(j):
    try:
        return j // 0 + later
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    finally:
        later = 1

print(zero_then_unbound(3))

def unbound_then_zero(j):
    try:
        return early * 2 + j // 0
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    finally:
        early = 1

print(unbound_then_zero(3))

def deleted_param(p):
    del p
    return p * 2 + 1

print(deleted_param(4))
