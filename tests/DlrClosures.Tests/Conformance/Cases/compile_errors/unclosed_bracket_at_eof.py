# A file that ends inside a bracket, with no final newline: the bracket was never closed.
print((1