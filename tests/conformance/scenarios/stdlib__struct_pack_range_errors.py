# struct.pack's range errors in CPython's words for each byte order: the native and
# little-endian tables name the small codes, the big-endian one quotes them and says 'int too
# large to convert' for 8-byte codes; beyond a C long it is 'argument out of range'.
import struct
for code in 'bBhHiIlLqQnN':
  for pre in ['', '<', '>', '!', '=']:
    f=pre+code
    try: sz=struct.calcsize(f)
    except struct.error: continue
    for v in [-2**(8*sz), -1, 2**(8*sz-1), 2**(8*sz), 2**100]:
      try: struct.pack(f,v); r='ok'
      except struct.error as e: r=str(e)
      print(f, v, r)
