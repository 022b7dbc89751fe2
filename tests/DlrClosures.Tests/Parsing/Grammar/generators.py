def gen():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    y = yield x
    z = yield from other()
    w += yield 2
    v: int = yield
    print((yield))
    f((yield a), (yield b))
    return (yield from range(3))
    lambda: (yield)
    await_ = [(yield i) for i in ()]
