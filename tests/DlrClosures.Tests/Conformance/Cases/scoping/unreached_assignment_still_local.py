# Even an assignment that never runs makes the name local.
flag = "global flag"


def f(run):
    if run:
        flag = "local flag"
    return flag


print(f(True))
print(f(False))
