# A malformed number in an f-string field is an error of the tokenizer, which CPython 3.11 reports
# in its own words, without the "f-string: " prefix that the parser's errors in a field get (found
# by the differential fuzzer: 1.bit_length() written without brackets).
value = 5
print("never printed")
print(f"bits: {1.bit_length()} of {value}")
