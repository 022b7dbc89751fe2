# The default-argument fix for functions defined in a loop.
def build():
    made = []
    for i in range(3):
        def get(i=i):
            return i

        made.append(get)
    return made


f0, f1, f2 = build()
print(f0(), f1(), f2())
print(f2.__closure__ is None)
