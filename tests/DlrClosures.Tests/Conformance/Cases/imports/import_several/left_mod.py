SIDE = 'left'
