# Several items in one with: entered left to right, exited right to left, like nested withs.
log = []

class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc_info):
        log.append("exit " + self.name + " " + str(exc_info[0] is None))

with Named("a") as a, Named("b") as b, Named("c") as c:
    log.append(a + b + c)
print(log)
