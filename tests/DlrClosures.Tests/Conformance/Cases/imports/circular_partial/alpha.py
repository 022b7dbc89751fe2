import beta
done = True
def name():
    return "alpha"
