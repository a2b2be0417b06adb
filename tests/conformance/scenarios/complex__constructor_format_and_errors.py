# complex(): numbers, strings (CPython's grammar: spaces and parentheses around, a bare
# sign for the imaginary part), two parts combining as real + imag*1j, objects with
# __complex__/__float__/__index__, subclasses; format() of a complex; the operations that
# complex refuses and their messages.
import json
import numbers


class Meters:
    def __complex__(self):
        return 2 - 1j


class Ratio:
    def __float__(self):
        return 0.25


class Count:
    def __index__(self):
        return 7


print(complex(), complex(1, 2), complex(2.5), complex(1j, 1j), complex(real=3), complex(imag=2))
print(complex(Meters()), complex(Ratio()), complex(Count(), Ratio()), complex(True, False))
for text in ["1+2j", " ( -j ) ", "2", "1e3", "-1.5e-3+2j", "infj", "nan+nanj", "1_000+2_0j", "J", "+1.5J"]:
    print(repr(text), "->", complex(text))
for bad in ["1 + 2j", "abc", "1+2", "", "()", "1+j2", "--1j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
zs = [3 + 4j, 1j, -1j, complex(-0.0, 0), 1.5 - 2.25j, complex(1e20, -1e-7), 0j]
for z in zs:
    print(f"{z}|{z:.2f}|{z:>22}|{z:<22}|{z:^22}|{z:e}|{z:.3g}|{z:+}|{z: }|{z:g}|{z:#g}|{z:,.2f}|{z:*>20.1f}|{z:n}")
for spec in ["05", "=10", "%", "d", "x", "010.2f"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print("%s %r" % (1j, 2 + 3j), str(1 + 0j), "{}".format(1j), "{:>10}|".format(1j))


class Phasor(complex):
    def describe(self):
        return f"|{abs(self):.3f}|"


p = Phasor(1, 2)
print(p, type(p).__name__, p + 1, type(p + 1).__name__, p.describe(), Phasor.__mro__)
print(isinstance(1j, complex), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
z = 3 + 4j
for label, call in [
    ("z < 1j", lambda: z < 1j),
    ("int(z)", lambda: int(z)),
    ("float(z)", lambda: float(z)),
    ("z // 2", lambda: z // 2),
    ("z % 2", lambda: z % 2),
    ("1j / 0", lambda: 1j / 0),
    ("0j ** -1", lambda: 0j ** -1),
    ("0j ** 1j", lambda: 0j ** 1j),
    ("big power", lambda: (1e200 + 1e200j) ** 2),
    ("complex('1', '2')", lambda: complex("1", "2")),
    ("complex(1, '2')", lambda: complex(1, "2")),
    ("complex([])", lambda: complex([])),
    ("complex(1, [])", lambda: complex(1, [])),
    ("complex(1, 2, 3)", lambda: complex(1, 2, 3)),
    ("complex(x=1)", lambda: complex(x=1)),
    ("round(z)", lambda: round(z)),
    ("pow(z, 2, 3)", lambda: pow(z, 2, 3)),
    ("sorted", lambda: sorted([1j, 2j])),
    ("json", lambda: json.dumps(1j)),
    ("abs overflow", lambda: abs(complex(1e308, 1e308))),
]:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
