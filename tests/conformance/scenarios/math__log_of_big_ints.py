# math.log, log2 and log10 of an int first convert it to the nearest float when it fits,
# so a 71-bit int gives exactly log(float(n)); only ints beyond a float's range go through
# their bit length. statistics.geometric_mean relies on this to the last bit.
import math

for n in (2**70 + 1, 3**50, 10**30 + 1, 2**1023 * 3 // 2, 12345678901234567891):
    print(math.log(n) == math.log(float(n)), math.log(n), math.log2(n), math.log10(n))
print(math.log(2**80 + 1, 3), math.log(10**400), math.log2(2**5000), math.log10(10**400))
print(math.log(2**70 + 1) + math.log(3))
