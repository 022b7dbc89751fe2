# In a class body, locals() is the namespace being built.
class Config:
    debug = True
    level = 3
    keys = [k for k in locals() if not k.startswith('__')]
print(Config.keys)
