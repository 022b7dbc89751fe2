# break and continue out of a with body call __exit__ with three Nones before leaving.
class Manager:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("in")

    def __exit__(self, exc_type, exc, tb):
        self.log.append("out" if exc_type is None else "error")

log = []
counter = 0
while True:
    counter += 1
    if counter > 3:
        break
    with Manager(log):
        counter += 10
        continue
    counter += 100
print(counter, log)

log = []
for i in range(5):
    with Manager(log):
        if i == 2:
            break
        log.append(i)
print(log)
