# Port of test_failing_import_sticks: a module that fails is not left in sys.modules,
# and each later import runs it again and fails again.
import sys
for i in range(3):
    try:
        import failing
    except ZeroDivisionError:
        print(i, "failing" in sys.modules)
