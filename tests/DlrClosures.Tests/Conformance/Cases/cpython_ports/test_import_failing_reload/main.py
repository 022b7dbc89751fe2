# Port of test_failing_reload's idea without importlib.reload: a module that fails on its
# second run (after being removed from sys.modules) leaves the first module object usable.
import sys
import flaky
first = flaky
print(first.VALUE)
del sys.modules["flaky"]
try:
    import flaky
except RuntimeError as e:
    print("second import:", e, "flaky" in sys.modules)
print(first.VALUE)
