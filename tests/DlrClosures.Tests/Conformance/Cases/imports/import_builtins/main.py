# The builtins module holds the builtin names.
import builtins
print(builtins.len is len, builtins.__name__)
print(builtins.max([3, 1, 2]))
