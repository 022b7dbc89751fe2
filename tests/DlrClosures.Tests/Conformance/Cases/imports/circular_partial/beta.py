import alpha
seen_at_import = hasattr(alpha, "done")
def use_alpha():
    return alpha.name() + " via beta"
