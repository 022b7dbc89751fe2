# Closures over a class-creating function: each call makes a new class whose methods close over
# the call's variables; nonlocal state is shared by the methods of one class.
def make_counter_class(start, step):
    count = start
    class Counter:
        def bump(self):
            nonlocal count
            count += step
            return count
        def peek(self):
            return count
        @classmethod
        def reset(cls):
            nonlocal count
            count = start
    return Counter

A = make_counter_class(0, 1)
B = make_counter_class(100, 10)
a1, a2 = A(), A()
print(a1.bump(), a2.bump(), a1.peek(), B().bump(), A is B)
A.reset()
print(a2.peek(), A.__qualname__)
