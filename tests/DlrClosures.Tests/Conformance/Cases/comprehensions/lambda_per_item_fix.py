# Capturing the comprehension variable: late binding and the default fix.
late = [lambda: k * 10 for k in range(4)]
early = [lambda k=k: k * 10 for k in range(4)]
print([f() for f in late])
print([f() for f in early])
