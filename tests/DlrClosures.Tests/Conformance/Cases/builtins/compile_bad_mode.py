# compile() rejects an unknown mode.
compile('1', '<s>', 'run')
