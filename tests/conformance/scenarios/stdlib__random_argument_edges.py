# random and pow at the edges of their arguments: uniform in Python arithmetic (Fractions,
# Decimals, a string), triangular returning low as given, randrange with floats (warned),
# choices and pow missing arguments or given by name, and the float overflow error args.
import random
from fractions import Fraction
from decimal import Decimal
random.seed(3)
print(random.uniform(1, 2), random.uniform(2.5, 1), random.uniform(Fraction(1, 2), 1))
try:
    random.uniform(Decimal(1), Decimal(2))
except TypeError as e:
    print(e)
print(random.random())
print(random.triangular(1, 1, 1), random.triangular(2.0, 2.0, 5), random.triangular(1, 1))
print(pow(base=2, exp=10), pow(2, exp=3), pow(3, 4, mod=5))
for bad in [lambda: pow(), lambda: pow(2), lambda: random.choices(), lambda: random.uniform("a", 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(random.choices(population=[1, 2, 3], k=2))
try:
    2.0 ** 5000
except OverflowError as e:
    print(repr(e), e.args, e)
random.seed(5)
print(random.randrange(10.0), random.randrange(2, 10.0), random.randrange(0, 10, 2.0))
print(random.randint(1.0, 6))
for bad in [lambda: random.randrange(10.5), lambda: random.randrange(1, 5.5), lambda: random.randint(1.5, 3)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
