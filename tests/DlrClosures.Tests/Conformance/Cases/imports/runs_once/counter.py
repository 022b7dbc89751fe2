print("running counter")
loads = 1
