# A misspelt method: the candidates are dir() of the object.
x = [1]
x.apend(2)
