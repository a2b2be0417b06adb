# complex numbers meeting the library: Fraction operators fall back to complex, a Fraction
# equals a complex with no imaginary part, Decimal refuses complex operands, numbers
# registers complex as Complex, copy and pickle keep them, csv's Sniffer treats a column of
# complex literals as numeric.
import copy
import csv
import decimal
import fractions
import numbers
import pickle

F = fractions.Fraction
print(F(1, 2) + 1j, 1j * F(1, 2), 1j - F(1, 3), F(3) / 2j, F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j)
print(decimal.Decimal(2) == 2 + 0j, decimal.Decimal(2) == 2 + 1j, complex(decimal.Decimal("1.5")))
try:
    decimal.Decimal(1) + 1j
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Number), isinstance(1j, numbers.Real))
z = 1 + 2j
print(copy.copy(z) is z, copy.deepcopy([z, {z: z}]), pickle.loads(pickle.dumps([z, -1j, {"k": 0j}])))
sample = "name,impedance\nr1,1+2j\nr2,3-4j\nr3,5j\n"
print(csv.Sniffer().has_header(sample))
