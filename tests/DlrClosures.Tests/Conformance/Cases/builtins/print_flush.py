# print(flush=True) flushes the file it wrote to.
class Tracked:
    def write(self, s):
        print('write', repr(s))
    def flush(self):
        print('flushed')
print('x', file=Tracked(), flush=True)
print('to stdout', flush=True)
