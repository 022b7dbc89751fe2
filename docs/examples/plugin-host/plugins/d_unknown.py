# Asks for an item the shop does not have: the host's KeyNotFoundException is a KeyError here.
try:
    shop.Sell('coffee', 1)
except KeyError as e:
    print('caught:', e)
shop.Sell('scones', 1)
