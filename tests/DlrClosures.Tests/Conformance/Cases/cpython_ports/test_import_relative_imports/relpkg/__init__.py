SHARED = 'shared'
