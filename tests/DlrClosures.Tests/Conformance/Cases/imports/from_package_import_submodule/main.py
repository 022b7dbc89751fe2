# from package import name imports the submodule when the package has no such attribute.
from shop import cart, prices
print(cart.total([1, 2, 3]))
print(prices.TAX)
import shop
print(shop.cart is cart)
