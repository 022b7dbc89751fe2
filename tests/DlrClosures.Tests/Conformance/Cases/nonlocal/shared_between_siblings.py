# Two functions both declaring nonlocal see each other's writes.
def make_pair():
    state = "idle"

    def start():
        nonlocal state
        state = "running"

    def stop():
        nonlocal state
        state = "stopped"

    def status():
        return state

    return start, stop, status


start, stop, status = make_pair()
print(status())
start()
print(status())
stop()
print(status())
