# Without `as`, __enter__ still runs and its result is dropped; the names in scope are unchanged.
calls = []

class Manager:
    def __enter__(self):
        calls.append("enter")
        return 42

    def __exit__(self, a, b, c):
        calls.append("exit")

x = "untouched"
with Manager():
    calls.append("body")
print(calls, x)
