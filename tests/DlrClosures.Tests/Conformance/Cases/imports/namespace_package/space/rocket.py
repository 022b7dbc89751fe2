def launch():
    return 'liftoff'
