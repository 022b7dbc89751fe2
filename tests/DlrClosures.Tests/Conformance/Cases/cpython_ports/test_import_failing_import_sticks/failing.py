print('body runs')
1 // 0
