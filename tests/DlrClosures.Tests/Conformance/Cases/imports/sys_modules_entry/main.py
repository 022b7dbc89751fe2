# An object put in sys.modules is what import returns, without any file.
import sys
class Fake:
    answer = 42
sys.modules["fake_module"] = Fake()
import fake_module
from fake_module import answer
print(type(fake_module).__name__, answer)
