# Port of test_module_with_large_stack's idea: a generated module with a long expression imports.
import big
print(big.total, len(big.values))
