# A generator held in a variable is not closed by a loop that breaks; it resumes later.
def gen():
    try:
        for i in range(5):
            yield i
    finally:
        print("finally")

g = gen()
for x in g:
    if x == 1:
        break
print("paused at", x)
print(list(g))
