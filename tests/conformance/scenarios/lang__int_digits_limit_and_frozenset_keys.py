# sys.set_int_max_str_digits and the limit it sets for int <-> str; frozensets and ranges built
# apart are one dict key or set member (frozenset states in a 'seen' set, as puzzles use them).
import sys
print(sys.get_int_max_str_digits())
try: str(10**5000)
except ValueError as e: print(e)
for bad in (100, -1):
    try: sys.set_int_max_str_digits(bad)
    except ValueError as e: print(e)
try: sys.set_int_max_str_digits('x')
except TypeError as e: print(e)
try: sys.set_int_max_str_digits()
except TypeError as e: print(e)
sys.set_int_max_str_digits(0); print(len(str(10**5000)), sys.get_int_max_str_digits())
print(len(str(int("9" * 6000))))
sys.set_int_max_str_digits(maxdigits=640)
try: str(10**700)
except ValueError as e: print(e)
try: int("1" * 700)
except ValueError as e: print(e)
x = {frozenset([1]): 1}
print(x.get(frozenset([1])), frozenset("ab") in {frozenset("ba")}, len({frozenset("ab"), frozenset("ba")}))
print({frozenset([1])} == {frozenset([1])}, {range(3): 1}.get(range(0, 3)), {range(0): 1}.get(range(5, 2)))
print({(1, frozenset({2, 3})): "t"}[(1, frozenset({3, 2}))])
seen = set()
for state in [frozenset({1, 2}), frozenset({2, 1}), frozenset({3})]:
    print(state in seen); seen.add(state)
