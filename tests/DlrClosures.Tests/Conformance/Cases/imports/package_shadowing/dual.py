KIND = 'module'
