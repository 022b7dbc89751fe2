# A misspelt builtin: CPython's traceback printer suggests the closest name.
pritn("never printed")
