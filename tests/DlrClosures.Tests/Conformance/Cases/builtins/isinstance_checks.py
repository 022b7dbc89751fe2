# isinstance with single types and tuples; bool is an int.
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int))
print(isinstance("s", (int, str)), isinstance([], (tuple, dict)))
print(isinstance(None, int), isinstance(False, bool), isinstance(1.0, float))
