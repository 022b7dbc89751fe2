# finally runs when break or continue leave the try body inside a loop.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("done")
n = 0
while True:
    n += 1
    try:
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
