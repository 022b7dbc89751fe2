# pow(b, -1, m) fails when b has no inverse modulo m.
pow(2, -1, 4)
