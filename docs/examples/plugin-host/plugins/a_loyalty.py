# Stamps a loyalty card on every sale of cake, through the shop's Sold event.
stamps = []

def on_sold(item, amount):
    if item == 'cake':
        stamps.append(amount)
        shop.Journal.Add(f'stamp {len(stamps)} for {amount}')

shop.Sold += on_sold
print('cake costs', shop.Prices['cake'])
print('sold', shop.Sell('cake', 2))
