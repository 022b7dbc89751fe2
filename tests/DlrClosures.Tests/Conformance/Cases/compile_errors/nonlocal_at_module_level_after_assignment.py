# CPython checks "assigned before the declaration" before it checks that the
# declaration is at module level, so this reports the ordering problem.
x = 1
nonlocal x
print(x)
