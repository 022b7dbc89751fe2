# The sentinel form stops at the first value equal to the sentinel, over a closure's list.
lines = ['a', 'b', '', 'c']
position = 0
def readline():
    global position
    position += 1
    return lines[position - 1]
print([line.upper() for line in iter(readline, '')], position)
