value = 'er'
