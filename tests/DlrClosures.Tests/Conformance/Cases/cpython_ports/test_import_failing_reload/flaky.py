import sys
VALUE = 1
if "flaky_seen" in sys.modules:
    raise RuntimeError("second run fails")
sys.modules["flaky_seen"] = True
