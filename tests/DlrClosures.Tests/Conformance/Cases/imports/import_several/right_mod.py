SIDE = 'right'
