print('once')
loaded = 1
