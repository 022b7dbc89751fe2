# continue skips to the next pass; break leaves only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        print(i, j)
print("done")
