# ascii, bin, oct, hex, chr and ord.
print(ascii('café ☃'), bin(10), bin(-10), oct(64), hex(-255), chr(97), chr(9731), ord('é'))
