# A module's body runs once per runtime: later imports take it from sys.modules.
import sys
import counter
import counter
import counter as again
from counter import loads
print(counter is again, sys.modules["counter"] is counter, loads)
