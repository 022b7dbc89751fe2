# Port of test_import_name_binding: the forms of import bind the names CPython binds.
import pkgy.sub.leaf
import pkgy.sub.leaf as leaf
from pkgy.sub import leaf as leaf2
from pkgy import sub
print(pkgy.sub.leaf is leaf is leaf2, sub is pkgy.sub)
print(leaf.__name__, sub.__name__)
