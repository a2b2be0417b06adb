# complex numbers: literals, arithmetic with ints and floats (CPython's division and its
# power: repeated multiplication for small integer exponents, polar form otherwise), a
# negative number to a fractional power, reprs with signed zeros, hashes equal to the
# real number's, dict and set keys, abs, and a Mandelbrot test inside coroutines.
import asyncio
import math

z = 3 + 4j
print(z, repr(z), type(z), type(z).__name__, abs(z), z.real, z.imag, z.conjugate())
print(1j, -1j, 2j * 2j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 2j) ** 2)
print((1 + 1j) ** 0.5, 1j ** 1j, (1 + 2j) ** -3, (2 - 1j) ** 101, 2 ** (1 + 1j), 1.5 ** 1j)
print((-8) ** (1 / 3), (-1) ** 0.5, (-2.0) ** 1.5, pow(-4, 0.5), (-27.0) ** (2 / 3))
print(-0j, 0j, -(0j), complex(-0.0, 0), complex(0, -0.0), 1e300j, complex(1e16, 1e-5))
print(z == 3 + 4j, z != 5, complex(3, 0) == 3, complex(3, 0) == 3.0, complex(2**60, 0) == 2**60)
print(hash(complex(3, 0)) == hash(3), hash(1j), hash(2 + 3j), hash(-1 + 0j), hash(complex(1.5, 0)) == hash(1.5))
print({1j: "i", 2: "two"}[1j], 2 in {2 + 0j}, {complex(2, 0): 1}.get(2), len({1, 1 + 0j, 1.0}))
print(bool(0j), bool(1j), -z, +z, z + 1, 1 + z, z - 1, 1 - z, z * 2.5, 2 / z, z / 2)
w = 1 + 2j
w += 1
w *= 1j
w -= 0.5
w /= 2
print(w, sum(complex(i, -i) for i in range(5)), [c.real for c in [1 + 2j, 3j]])
print(sorted([3 + 4j, 1j, 2], key=abs), max([1j, 3, -4j], key=abs), math.isclose(abs(3 + 4j), 5))
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), complex(float("inf"), 1) * 0)


def quadratic_roots(a, b, c):
    root = (b * b - 4 * a * c) ** 0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


print(quadratic_roots(1, 2, 5), quadratic_roots(1, -3, 2))


def escape_time(c, limit=40):
    value = 0
    for step in range(limit):
        value = value * value + c
        if abs(value) > 2:
            return step
    return limit


async def row(y):
    await asyncio.sleep(0.001 * (y % 3))
    return "".join("#" if escape_time(complex(x / 10, y / 5)) == 40 else "." for x in range(-20, 6))


async def main():
    rows = await asyncio.gather(*(row(y) for y in range(-5, 6, 2)))
    print("\n".join(rows))


asyncio.run(main())
