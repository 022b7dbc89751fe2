import cyc_d
LATE = 1
