# str.expandtabs with the default and a given tab size; columns restart after a newline.
print(repr('a\tb'.expandtabs()), repr('ab\tc\n\td'.expandtabs(4)), repr('x\ty'.expandtabs(0)))
