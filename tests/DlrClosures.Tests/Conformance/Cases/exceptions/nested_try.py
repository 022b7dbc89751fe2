# An inner handler that does not match lets the error reach the outer one; finally blocks run on the way.
def nested(value):
    try:
        try:
            print("inner", 10 // value, [1, 2][value])
        except ZeroDivisionError:
            print("inner caught ZeroDivisionError")
        finally:
            print("inner finally")
        print("between")
    except IndexError as e:
        print("outer caught", type(e).__name__)
    print("end", value)


nested(1)
nested(0)
nested(5)
