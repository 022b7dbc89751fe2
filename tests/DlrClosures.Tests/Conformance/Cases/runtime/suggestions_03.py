# Runtime check (suggestions): output and error must be exactly CPython's.
(1).bit_lenght()
