# return from inside a loop over a generator call closes it before the caller goes on.
def gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("gen closed")

def first():
    for item in gen():
        return item

print(first())
print("end")
