# A with statement calls __enter__, runs the body, then calls __exit__ with three Nones.
log = []

class Manager:
    def __enter__(self):
        log.append("enter")
        return "value"

    def __exit__(self, exc_type, exc, tb):
        log.append(("exit", exc_type, exc, tb))
        return False

with Manager() as v:
    log.append(("body", v))
log.append("after")
for entry in log:
    print(entry)
