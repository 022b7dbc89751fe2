import pkg
pkg.order.append("second")
