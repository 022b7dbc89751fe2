from .. import x
