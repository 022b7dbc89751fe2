# Decorator expressions are evaluated top-down, applied bottom-up.
def make(name):
    print("evaluating", name)

    def decorate(func):
        print("applying", name)
        return func

    return decorate


@make("first")
@make("second")
def f():
    return "body"


print(f())
