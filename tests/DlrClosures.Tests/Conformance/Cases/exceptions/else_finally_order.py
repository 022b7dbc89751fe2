# else runs only when the try body raised nothing; finally always runs last.
def run(divisor):
    print("start", divisor)
    try:
        result = 10 // divisor
        print("computed", result)
    except ZeroDivisionError:
        print("handled")
    else:
        print("else", result)
    finally:
        print("finally")
    print("after")


run(2)
run(0)
