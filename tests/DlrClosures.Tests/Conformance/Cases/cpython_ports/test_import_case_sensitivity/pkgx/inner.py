NAME = 'inner'
