# compile() returns code objects that eval and exec run; 'single' prints expression values.
expr = compile('a * 2', '<expr>', 'eval')
print(eval(expr, {'a': 21}), type(expr).__name__)
exec(compile('print("ran")', '<stmt>', 'exec'))
exec(compile('6 * 7', '<single>', 'single'))
