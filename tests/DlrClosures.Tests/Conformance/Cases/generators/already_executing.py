# A generator that resumes itself gets ValueError: generator already executing.
def gen():
    yield me.send(None)

me = gen()
try:
    next(me)
except ValueError as e:
    print(e)
