# finally runs when the try body returns, and a return in finally overrides it.
def leave(log):
    try:
        log.append("try")
        return "from try"
    finally:
        log.append("finally")


def override():
    try:
        return "try value"
    finally:
        return "finally value"


def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"


log = []
print(leave(log), log)
print(override())
print(swallow())
