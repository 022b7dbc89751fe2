# A character outside ASCII cannot be encoded as ASCII.
'caf\xe9'.encode('ascii')
