# A closure appends to a bytearray it captured.
def writer():
    out = bytearray()
    def put(value):
        out.append(value)
        return out
    return put
put = writer()
for c in b'hi!':
    put(c)
print(put(10), put(10).decode())
