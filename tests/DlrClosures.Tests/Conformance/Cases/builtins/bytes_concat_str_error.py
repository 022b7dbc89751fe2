# bytes + str is a TypeError.
b'a' + 'b'
