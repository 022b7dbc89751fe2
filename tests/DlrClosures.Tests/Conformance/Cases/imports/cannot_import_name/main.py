# from m import name that m does not define: ImportError naming both.
try:
    from things import missing
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message[:message.rindex(" (")])
    print(message.endswith("things.py)"))
from things import present
print(present)
