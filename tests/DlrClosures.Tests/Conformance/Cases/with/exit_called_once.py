# __exit__ is called exactly once however the body ends: normally, by exception, return, break, continue.
calls = []

class Once:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        calls.append(exc_type.__name__ if exc_type else None)
        return True

def returning():
    with Once():
        return 1

returning()
with Once():
    raise ValueError
for i in range(2):
    with Once():
        if i == 0:
            continue
        break
with Once():
    pass
print(calls)
