# Deleting a module from sys.modules makes the next import run it again, as a new object.
import sys
import ticker
first = ticker
del sys.modules["ticker"]
import ticker
print(first is ticker, first.STAMP, ticker.STAMP)
