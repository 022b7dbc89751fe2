settings = {"level": 1}
def getter(key):
    def get():
        return settings[key]
    return get
def rebind():
    global settings
    settings = {"level": 99}
