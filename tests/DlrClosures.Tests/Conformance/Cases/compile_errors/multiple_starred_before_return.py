# A function body is compiled when its def is met, so an error inside it comes before a
# misplaced return later in the module.
def f():
    a, *b, *c = range(5)
return
