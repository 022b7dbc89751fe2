# bytes(str) needs an encoding.
bytes('text')
