# Counters made by a module keep their cells; nonlocal works across the module boundary.
from factory import make_counter, make_accumulator
c1, c2 = make_counter(), make_counter(10)
print(c1(), c1(), c2(), c1())
acc = make_accumulator()
for n in (1, 2, 3):
    total = acc(n)
print(total, [cell.cell_contents for cell in acc.__closure__])
