# An error while evaluating the manager expression happens before anything is entered.
log = []

class Manager:
    def __init__(self, fail):
        if fail:
            raise ValueError("constructor failed")

    def __enter__(self):
        log.append("enter")

    def __exit__(self, *args):
        log.append("exit")

try:
    with Manager(True):
        log.append("body")
except ValueError as e:
    print(e, log)
try:
    with undefined_manager:
        pass
except NameError as e:
    print(e)
