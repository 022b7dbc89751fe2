# exec defines functions that close over exec's globals dict.
env = {'greeting': 'hello'}
exec("def greet(name):\n    return greeting + ', ' + name", env)
print(env['greet']('world'))
env['greeting'] = 'bye'
print(env['greet']('world'))
