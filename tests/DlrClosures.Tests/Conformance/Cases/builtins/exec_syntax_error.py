# A syntax error in exec'd text is a SyntaxError the calling script can catch; the script goes on.
def run(source):
    try:
        exec(source)
        return 'ran'
    except SyntaxError as e:
        return type(e).__name__
print(run('x = = 1'), run('y = 1'), run('def f(:'))
