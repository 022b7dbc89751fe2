# Port of test_circular_from_import / test_circular_import_msg: the partial-initialisation wording.
try:
    import cyc_a
except ImportError as e:
    message = str(e)
    print(message[:message.rindex(" (")])
