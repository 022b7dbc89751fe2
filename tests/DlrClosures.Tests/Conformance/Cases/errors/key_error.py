# Looking up a missing dict key.
ages = {"ann": 31}
print(ages["ann"], ages.get("bo"))
print(ages["bo"])
