# hex() and bytes.fromhex round-trip, with a separator.
data = bytes([0, 15, 255])
print(data.hex(), data.hex('-'), bytes.fromhex('00 0f ff') == data, bytearray.fromhex('41'))
