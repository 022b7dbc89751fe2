# Port of test_from_import_star_invalid_type: items of __all__ must be str.
try:
    from badall import *
except TypeError as e:
    print(e)
