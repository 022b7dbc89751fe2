# A helper defined before a loop reads the loop's current value each call.
def run():
    total = 0

    def report(tag):
        return f"{tag}: total={total}"

    out = []
    for k in range(1, 4):
        total += k
        out.append(report(k))
    return out


for line in run():
    print(line)
