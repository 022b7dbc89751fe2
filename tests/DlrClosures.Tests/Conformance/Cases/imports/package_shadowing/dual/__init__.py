KIND = 'package'
