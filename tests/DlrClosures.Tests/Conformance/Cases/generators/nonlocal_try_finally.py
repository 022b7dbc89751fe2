# nonlocal inside try/finally in a generator: the cell keeps each update.
def tracker():
    log = []
    state = "idle"
    def run():
        nonlocal state
        try:
            state = "running"
            yield 1
            state = "between"
            yield 2
        finally:
            state = "finished"
            log.append(state)
    return run, lambda: state, log

run, get_state, log = tracker()
g = run()
next(g)
print(get_state())
next(g)
print(get_state())
g.close()
print(get_state(), log)
