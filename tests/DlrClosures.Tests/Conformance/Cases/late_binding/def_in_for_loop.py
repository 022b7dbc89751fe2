# Functions made in a loop all see the loop variable's last value.
def build():
    made = []
    for i in range(3):
        def get():
            return i

        made.append(get)
    return made


f0, f1, f2 = build()
print(f0(), f1(), f2())
