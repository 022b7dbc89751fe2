# import a, b as c: each name bound in order.
import left_mod, right_mod as r
print(left_mod.SIDE, r.SIDE)
