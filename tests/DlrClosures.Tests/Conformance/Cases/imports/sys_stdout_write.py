# sys.stdout.write returns the number of characters; print and write share the stream.
import sys
n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.flush()
print(" then print")
out = sys.stdout
out.write("via alias\n")
try:
    sys.stdout.write(42)
except TypeError as e:
    print(e)
