# Port of test_unwritable_module / test_circular_import_msg_due_to_attribute idea:
# a missing attribute of a partially initialised module.
try:
    import cyc_c
except AttributeError as e:
    print(e)
