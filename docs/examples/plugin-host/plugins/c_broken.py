# Two syntax errors: both are reported, and the plugin does not run.
total = = 0
def check(x)
    return x
print('never printed')
