# Decorators apply bottom-up; the outermost wrapper runs first.
def tag(label):
    def decorate(func):
        def wrapper():
            return f"<{label}>{func()}</{label}>"

        return wrapper

    return decorate


@tag("b")
@tag("i")
def text():
    return "hi"


print(text())
