# Imports inside functions break a cycle: each module imports the other when called.
import even
print([even.is_even(n) for n in range(5)])
