# binascii is a C module in CPython: base64 lines (b2a_base64 adds a newline unless told
# not to; a2b_base64 has a strict_mode), hexadecimal with an optional separator every
# bytes_per_sep bytes (counted from the right, or the left when negative), and CRC-32,
# which continues from a previous value.
import binascii

print(binascii)
print(binascii.b2a_base64(b'asyncio'), binascii.b2a_base64(b'asyncio', newline=False), binascii.b2a_base64(b''))
print(binascii.a2b_base64(b'YXN5bmNpbw==\n'), binascii.a2b_base64('YXN5 bmNp bw=='), binascii.a2b_base64(''))
for s in [b'YXN5bmNpbw==', b'YXN5bmNpbw==x', b'=YXN5', b'YX=N5', b'YX N5', b'YXN5bmNpbw']:
    try:
        print(s, binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(s, 'Error:', e)
print(binascii.hexlify(b'\x00\x10\xab\xff'), binascii.b2a_hex(bytearray(b'hi')), binascii.hexlify(b''))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2), binascii.b2a_hex(b'\x01\x02\x03', '_', 3))
print(binascii.unhexlify(b'00ffAB'), binascii.a2b_hex('6869'), binascii.unhexlify(''))
for bad in ['abc', 'zz', b'0g', 12, 'é0']:
    try:
        print(binascii.unhexlify(bad))
    except (binascii.Error, TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
for sep in ['::', 5, b'']:
    try:
        print(binascii.hexlify(b'ab', sep))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'The quick brown fox jumps over the lazy dog'), binascii.crc32(b'x', -1), binascii.crc32(b'x', 2**40))
print(binascii.crc32(bytes(range(256))), binascii.crc32(memoryview(b'abc')))
for call in [lambda: binascii.b2a_base64('str'), lambda: binascii.a2b_base64(5),
             lambda: binascii.a2b_base64('ünï'), lambda: binascii.crc32('s'), lambda: binascii.crc32(b'', 'x')]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.Error('x'), repr(binascii.Incomplete('y')), binascii.Error.__module__)
