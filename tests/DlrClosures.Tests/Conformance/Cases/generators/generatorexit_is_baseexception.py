# GeneratorExit derives from BaseException, so except Exception does not stop it.
def gen():
    try:
        yield 1
    except Exception:
        print("not here")
    finally:
        print("cleanup")

g = gen()
next(g)
g.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))
