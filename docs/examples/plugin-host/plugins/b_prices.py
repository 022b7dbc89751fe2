# Raises every price by 10 percent (decimal stays exact) and prints the list.
for item in sorted(shop.Prices):
    shop.Prices[item] = shop.Prices[item] * 11 / 10
    print(item, shop.Prices[item])
print('journal:', list(shop.Journal))
