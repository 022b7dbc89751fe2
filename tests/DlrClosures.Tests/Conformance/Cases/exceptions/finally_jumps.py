# Jumps through finally clauses: each return, break and continue that leaves a try runs the
# finally first; a return or break inside finally replaces whatever was in flight.
def nested():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


def return_in_both():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            print("finally of the finally")


def break_in_finally_swallows():
    for i in range(3):
        try:
            1 / 0
        finally:
            print("leaving at", i)
            break
    return "swallowed"


def continue_through_finally():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                continue
            seen.append(i)
        finally:
            seen.append(-i)
    return seen


def loop_inside_finally():
    total = 0
    try:
        pass
    finally:
        for i in range(5):
            if i == 3:
                break
            total += i
    return total


def closure_in_finally():
    try:
        value = "captured"
    finally:
        read = lambda: value
    return read()


print(nested())
print(return_in_both())
print(break_in_finally_swallows())
print(continue_through_finally())
print(loop_inside_finally())
print(closure_in_finally())
