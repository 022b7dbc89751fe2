# Late binding in a dict comprehension, and the default-argument fix.
ops = {name: (lambda v: v + name) for name in ["a", "b", "c"]}
print([ops[k]("x") for k in ops])
fixed = {name: (lambda v, name=name: v + name) for name in ["a", "b", "c"]}
print([fixed[k]("x") for k in fixed])
