import pkg
pkg.order.append("first")
