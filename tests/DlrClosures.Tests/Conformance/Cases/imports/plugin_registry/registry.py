PLUGINS = {}
calls = []
def register(name):
    def decorator(func):
        def wrapper(arg):
            calls.append(name)
            return func(arg)
        PLUGINS[name] = wrapper
        return func
    return decorator
