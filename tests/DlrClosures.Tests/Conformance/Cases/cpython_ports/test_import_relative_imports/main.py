# Port of RelativeImportTests (test_import_from_unloaded_package, test_relimport_star,
# test_absolute_import_without_future, test_relative_import_with_package_name_mismatch ideas).
from relpkg import user
print(user.run())
from relpkg.user import *
print(run())
