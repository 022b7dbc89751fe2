# Runtime check (suggestions): output and error must be exactly CPython's.
{}.iterms()
