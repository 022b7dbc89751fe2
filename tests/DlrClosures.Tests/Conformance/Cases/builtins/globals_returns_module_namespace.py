# globals() is the module's namespace: a store through it binds a module name, and a function sees it.
def reader():
    return counter
globals()['counter'] = 41
counter += 1
print(reader(), globals()['counter'], 'reader' in globals())
