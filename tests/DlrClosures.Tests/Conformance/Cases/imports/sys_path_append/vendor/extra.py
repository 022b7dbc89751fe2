NAME = "from vendor"
