# Raising the handled exception object itself does not make it its own context.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise ValueError("bare")
    except ValueError:
        raise
except ValueError as e:
    print(repr(e), e.__context__)
