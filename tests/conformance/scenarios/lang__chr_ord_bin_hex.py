# Conversions between numbers and text: chr/ord for code points, bin/oct/hex (with a sign
# for negatives), int() with a base, and format() specs for the same. Notice that int()
# accepts prefixes and underscores only in the right places.
print(ord("A"), ord("a"), ord("€"), ord("🐍"), chr(65), chr(8364), chr(128013), chr(0x41) + chr(97))
print(bin(10), oct(64), hex(255)[2:], bin(-10), oct(-8), hex(-255)[3:], bin(0), bin(True))
print(format(255, "x"), format(255, "X"), format(255, "#b"), format(10, "o"), format(-5, "08b"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0))
print(int("z", 36), int("  42  "), int("-1_000"), int("+7"), int("١٢"), int("10", 2), int("0"))
print([chr(c) for c in range(ord("a"), ord("e"))], "".join(chr(ord(c) + 1) for c in "HAL"))
print(hex(2 ** 64)[2:], int("1" * 30, 2), (255).bit_length(), (-1).bit_length(), (0).bit_length())
for bad in ("ord('ab')", "ord('')", "chr(-1)", "chr(1114112)", "int('0b1')", "int('1__0')", "int('12', 1)", "int('9', 8)", "bin(1.5)"):
    try:
        if bad == "ord('ab')":
            ord("ab")
        elif bad == "ord('')":
            ord("")
        elif bad == "chr(-1)":
            chr(-1)
        elif bad == "chr(1114112)":
            chr(0x110000)
        elif bad == "int('0b1')":
            int("0b1")
        elif bad == "int('1__0')":
            int("1__0")
        elif bad == "int('12', 1)":
            int("12", 1)
        elif bad == "int('9', 8)":
            int("9", 8)
        else:
            bin(1.5)
    except (TypeError, ValueError) as e:
        print(f"{bad:14} -> {type(e).__name__}: {str(e).replace('0x', '0 x')}")
