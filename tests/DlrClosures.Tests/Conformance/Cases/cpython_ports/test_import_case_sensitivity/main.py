# Port of test_import's idea in test_case_sensitivity / test_import_name_binding:
# "import m as x" binds only x, "import a.b" binds only a.
import helper_mod as renamed
try:
    helper_mod
except NameError as e:
    print(e)
print(renamed.NAME)
import pkgx.inner
print(pkgx.inner.NAME)
try:
    inner
except NameError as e:
    print(e)
