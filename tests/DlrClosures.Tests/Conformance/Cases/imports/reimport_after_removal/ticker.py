print('ticker body')
STAMP = 'stamp'
