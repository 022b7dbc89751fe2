# A module whose body raises is taken out of sys.modules, so the next import runs it again.
import sys
for attempt in range(2):
    try:
        import fragile
    except ZeroDivisionError as e:
        print("attempt", attempt, e, "fragile" in sys.modules)
