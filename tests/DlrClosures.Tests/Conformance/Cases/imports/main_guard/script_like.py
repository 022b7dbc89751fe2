def who():
    return __name__
if __name__ == "__main__":
    print("never printed")
