# Port of test_import_name_binding's cousin: a module may replace its own sys.modules entry.
import replacer
print(type(replacer).__name__, replacer.kind)
