print('broken body')
{}['missing']
