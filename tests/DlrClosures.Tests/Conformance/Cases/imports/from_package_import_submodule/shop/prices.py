TAX = 2
