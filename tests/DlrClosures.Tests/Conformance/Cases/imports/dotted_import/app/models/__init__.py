KIND = "models"
print("init models")
