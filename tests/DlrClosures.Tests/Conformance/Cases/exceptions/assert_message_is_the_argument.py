# A failed `assert test, message` raises AssertionError(message): the message object itself is the
# exception's one argument (so an empty string or a number shows in repr and args as it is), and
# without a message there is no argument (found by the differential fuzzer).
def check(make):
    try:
        make()
    except AssertionError as e:
        print(repr(e), e.args, repr(str(e)))


def empty():
    assert 1 > 2, ''


def number():
    assert [], 5


def none():
    assert 0, None


def bare():
    assert False


check(empty)
check(number)
check(none)
check(bare)
assert 1 < 0, [1, 'a']
