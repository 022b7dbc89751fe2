# Mutating a captured object needs no nonlocal: the name is only read.
def make_log():
    entries = []

    def log(msg):
        entries.append(msg)
        return len(entries)

    def dump():
        return list(entries)

    return log, dump


log, dump = make_log()
print(log("start"))
print(log("middle"))
print(log("end"))
print(dump())
