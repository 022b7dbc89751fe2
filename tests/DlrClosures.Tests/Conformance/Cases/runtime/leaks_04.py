# a lone surrogate is a character of its own
s = "%c" % 0xD800
print(len(s), ascii(s), ascii(chr(0xDFFF) + "a"), "{:c}".format(0xD800) == s)
