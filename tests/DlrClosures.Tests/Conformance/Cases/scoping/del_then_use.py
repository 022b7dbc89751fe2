# After del, a local is unbound again.
def f():
    item = "present"
    print(item)
    del item
    print("deleted")
    print(item)


f()
