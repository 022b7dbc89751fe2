# The captured variable keeps changing after the closure is made.
def outer():
    word = "one"
    say = lambda: word
    results = [say()]
    word = "two"
    results.append(say())
    word = "three"
    results.append(say())
    return results


print(outer())
