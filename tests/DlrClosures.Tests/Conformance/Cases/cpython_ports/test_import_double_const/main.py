# Port of test_double_const: float constants survive the trip through a module.
from consts_mod import small, big, neg
print(small, big, neg, small == 1e-300, big == 1e300)
