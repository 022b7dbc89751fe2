# The truth of __exit__'s result is taken by calling its __bool__; an error there replaces the exception.
class Flag:
    def __init__(self, answer):
        self.answer = answer

    def __bool__(self):
        return self.answer()

class Manager:
    def __init__(self, answer):
        self.flag = Flag(answer)

    def __enter__(self):
        return 3

    def __exit__(self, a, b, c):
        return self.flag

with Manager(lambda: True):
    raise AssertionError("swallowed")
print("true flag swallowed")
try:
    with Manager(lambda: False):
        raise AssertionError("kept")
except AssertionError as e:
    print("false flag:", e)
try:
    with Manager(lambda: 1 // 0):
        raise AssertionError("replaced")
except ZeroDivisionError as e:
    print("bool failed:", e, "| context:", repr(e.__context__))
