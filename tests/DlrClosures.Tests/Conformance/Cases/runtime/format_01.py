# nested replacement fields in a spec are numbered after their outer field
print("{:{}}|".format(5, 3))
print("{:{}{}}|{}".format(5, ">", 4, "x"))
print("{:{}.{}f}|".format(3.14159, 8, 2))
print("{0:{1}}|{2:>{1}}|".format(1, 4, "a"))
print("{x:{w}}|".format(x=7, w=3))
