ORIGIN = "origin"
