# Nested with statements: an exception raised in the inner body passes through both __exit__ calls.
log = []

class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "-"))

try:
    with Manager("a"):
        with Manager("b"):
            log.append("inner body")
        with Manager("c"):
            raise LookupError
        log.append("not reached")
except LookupError:
    log.append("caught")
print("\n".join(log))
