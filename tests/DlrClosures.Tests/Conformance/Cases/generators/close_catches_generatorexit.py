# A generator may catch GeneratorExit and return; yielding instead is a RuntimeError.
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        return "ignored"

g = polite()
next(g)
print(g.close())

def stubborn():
    for attempt in range(2):
        try:
            yield attempt
        except GeneratorExit:
            print("no")

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
print(list(s))
