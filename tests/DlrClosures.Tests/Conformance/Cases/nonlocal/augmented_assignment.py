# nonlocal makes += update the enclosing cell.
def make_tally():
    score = 10

    def add(points):
        nonlocal score
        score += points
        score *= 1
        return score

    return add


add = make_tally()
print(add(5))
print(add(-20))
print(add(0))
