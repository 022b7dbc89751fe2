# A bare raise in a function called from an except clause re-raises the exception being handled.
def reraise():
    print("re-raising")
    raise

try:
    try:
        raise ValueError("original")
    except ValueError:
        reraise()
except ValueError as e:
    print("caught:", e, e.__context__)

def report_and_reraise(log):
    log.append("logged")
    raise

log = []
try:
    try:
        1 / 0
    except ZeroDivisionError:
        report_and_reraise(log)
except ZeroDivisionError as e:
    print(log, e)
reraise()
