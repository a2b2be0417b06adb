# Bitwise operators act on ints as if they had infinitely many two's-complement bits, so
# negative numbers work too. Shifts move bits; a negative shift count is an error.
# Notice ~x == -x - 1 and that -1 >> n stays -1.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
print(1 << 0, 1 << 10, 5 << 62, -5 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 7 >> 100)
print(bin(0b1011 & 0b0110), bin(0b1011 | 0b0110), bin(0b1011 ^ 0b0110), bin(-5), bin(~5))
print(0xFF & ~0x0F, 0x0F | 0xF0, 1 ^ 1, True << 2, (1 << 64) - 1, ((1 << 64) - 1) >> 60)
mask = 0
for bit in (0, 3, 5):
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(8) if mask & (1 << b)], mask.bit_length())
x = 0b1111
x &= 0b1010
x ^= 1
x <<= 2
x >>= 1
print(x)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -2)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1.5 & 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError:", e)
