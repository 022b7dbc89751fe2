# At module level, a lambda made in a loop reads the global loop variable.
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
k = "changed"
print([f() for f in funcs])
print(funcs[0].__closure__ is None)
