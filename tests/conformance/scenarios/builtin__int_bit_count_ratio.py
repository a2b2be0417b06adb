# int.bit_count() counts the ones in the binary form of the absolute value;
# int.as_integer_ratio() is the int over 1 (a bool gives ints). Both work on big ints.
for n in [0, 1, 255, -255, 2**100 - 1, -(2**64), True]:
    print(n, n.bit_count(), n.as_integer_ratio(), n.bit_length())
print((0.75).as_integer_ratio(), (6).as_integer_ratio() == (6, 1), type(True.as_integer_ratio()[0]))
for call in [lambda: (3).bit_count(1), lambda: (3).as_integer_ratio(2), lambda: (3).bit_length(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
