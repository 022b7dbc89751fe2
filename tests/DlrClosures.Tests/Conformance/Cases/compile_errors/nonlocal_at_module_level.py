# nonlocal is meaningless outside a function.
nonlocal x
x = 1
print(x)
