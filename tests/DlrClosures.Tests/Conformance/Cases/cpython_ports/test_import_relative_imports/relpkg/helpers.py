__all__ = ['helper']
def helper():
    return 'helper'
def hidden():
    return 'hidden'
