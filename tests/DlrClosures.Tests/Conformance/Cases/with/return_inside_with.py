# return inside the body evaluates its value, calls __exit__(None, None, None), then returns.
log = []

class Manager:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, *exc_info):
        log.append(("exit", exc_info))

def compute():
    log.append("computing")
    return 10

def f():
    counter = 0
    while True:
        counter += 1
        with Manager():
            counter += 10
            return counter + compute()
        counter += 100

print(f())
print(log)
