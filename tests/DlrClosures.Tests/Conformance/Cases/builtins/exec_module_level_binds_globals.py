# exec at module level binds in the module's namespace.
exec('created = [i * i for i in range(4)]')
print(created)
