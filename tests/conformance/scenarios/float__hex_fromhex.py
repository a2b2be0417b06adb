# float.hex() shows a float exactly: 13 hex digits of the fraction and a binary exponent.
# float.fromhex() reads it back, rounding half-even to 53 bits (subnormals too), and refuses
# what a float cannot hold with OverflowError. A float subclass gets an instance of itself.
for x in [1.5, -0.1, 5e-324, 0.0, -0.0, 1e300, float('inf'), float('nan'), 3.0, 1/3]:
    h = x.hex()
    print(h, float.fromhex(h), (2.5).fromhex(h))
for s in ['0x1.8p1', ' -0X.8P+1 ', 'inf', '-Infinity', 'nan', '0x1.00000000000008p0', '0x1p-1075', '0x1.8p-1075', '1', 'a.b', '0x.1']:
    print(repr(s), float.fromhex(s))
class F(float):
    pass
print(type(F.fromhex('0x1p3')).__name__, F.fromhex('0x1p3'))
for bad in ['0x', '', '1.0p', 'x1', '0x1p1024', '0x1.fffffffffffff8p1023', 'inf1']:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    float.fromhex(1)
except TypeError as e:
    print(e)
print(float.hex(2.0))
