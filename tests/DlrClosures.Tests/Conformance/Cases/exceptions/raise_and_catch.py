# raise with an instance carries the message; raising a bare class makes an instance with no args.
def check_age(age):
    if age < 0:
        raise ValueError("age must be non-negative")
    if age > 200:
        raise ValueError
    return age


for age in [30, -1, 500]:
    try:
        print("ok", check_age(age))
    except ValueError as e:
        print("ValueError", repr(e), e.args, str(e) == "")
try:
    raise KeyError("k")
except KeyError as e:
    print(e, e.args)
