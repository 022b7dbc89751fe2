# Two builtins are equally close to 'mix': the one earlier in CPython's builtins wins.
print(mix(1, 2))
