def is_odd(n):
    import even
    return False if n == 0 else even.is_even(n - 1)
