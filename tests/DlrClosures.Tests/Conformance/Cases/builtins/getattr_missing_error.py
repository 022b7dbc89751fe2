# getattr without a default re-raises the AttributeError.
class Empty: pass
getattr(Empty(), 'nothing')
