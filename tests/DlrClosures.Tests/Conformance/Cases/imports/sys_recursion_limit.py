# setrecursionlimit lowers the depth a recursion may reach; getrecursionlimit tells it.
import sys
def depth(n):
    return n if n == 0 else 1 + depth(n - 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
print(sys.getrecursionlimit(), depth(40))
try:
    depth(100)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit(), depth(500))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
