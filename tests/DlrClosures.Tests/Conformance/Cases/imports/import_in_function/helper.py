print('helper loaded')
VALUE = 7
