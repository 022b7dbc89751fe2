order = ["pkg"]
