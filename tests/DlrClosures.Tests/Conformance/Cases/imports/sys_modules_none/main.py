# None in sys.modules stops the import.
import sys
sys.modules["blocked"] = None
import blocked
