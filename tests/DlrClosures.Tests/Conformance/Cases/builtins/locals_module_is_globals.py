# At module level, locals() and globals() are the same dict.
x = 1
print(locals() is globals(), locals()['x'])
