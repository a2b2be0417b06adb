# The C decimal has no int/str digit limit: 5,000-digit coefficients compute and print.
from decimal import Decimal, getcontext

getcontext().prec = 5000
print(str(Decimal(2).sqrt())[:30])
print(str(Decimal(1) / Decimal(7))[-12:])
print(len(str(Decimal(10) ** 5000)), Decimal(10) ** 4999 > 10 ** 4000)
x = Decimal("9" * 4500) + 1
print(len(str(x)), str(x)[:5], int(Decimal(10) ** 10))
try:
    str(10 ** 5000)
except ValueError as e:
    print("int still limited:", str(e)[:40])
