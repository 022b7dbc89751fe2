# A syntax error in exec'd text is a SyntaxError.
exec('x = = 1')
