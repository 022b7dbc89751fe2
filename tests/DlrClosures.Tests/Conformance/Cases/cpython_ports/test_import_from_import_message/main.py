# Port of test_from_import_message_for_nonexistent_module and
# test_from_import_message_for_existing_module.
try:
    from nonexistent_module_xyz import something
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from present import absent_name
except ImportError as e:
    message = str(e)
    print(type(e).__name__, message[:message.rindex(" (")])
