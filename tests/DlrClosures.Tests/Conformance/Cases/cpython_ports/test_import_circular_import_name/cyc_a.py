from cyc_b import b_value
a_value = 1
