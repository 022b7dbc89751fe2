# Port of test_file_to_source / module attribute checks: __file__, __name__, __package__ of a module.
import attrs_mod
print(attrs_mod.__name__, repr(attrs_mod.__package__), attrs_mod.__file__.endswith("attrs_mod.py"))
print(attrs_mod.own_name(), attrs_mod.__doc__)
