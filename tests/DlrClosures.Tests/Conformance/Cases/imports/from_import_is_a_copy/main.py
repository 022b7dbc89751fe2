# from m import x binds the current object: rebinding m.x later is not seen through x.
import state
from state import count, bump
bump()
bump()
print(count, state.count)
state.count = 100
bump()
print(count, state.count)
