# Port of the idea of test_concurrency (single thread): importing the same module from many
# functions runs its body once.
def load(i):
    import once_mod
    return once_mod.loaded
print([load(i) for i in range(5)])
