print('running fragile')
1 / 0
