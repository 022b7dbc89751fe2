NAME = "app"
print("init app")
