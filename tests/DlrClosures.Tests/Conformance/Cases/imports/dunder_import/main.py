# The __import__ builtin: the top package without a fromlist, the module itself with one.
top = __import__("deep.er")
print(top.__name__)
mod = __import__("deep.er", fromlist=["value"])
print(mod.__name__, mod.value)
print(__import__("deep") is top)
