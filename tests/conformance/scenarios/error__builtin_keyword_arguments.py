# Built-in functions check their keyword arguments first, as CPython's do: most take none
# ('len() takes no keyword arguments'), the rest name the one they refuse (sorted's message names
# sort(), which it calls); int() and bool() as constructors. Misspelled keywords must not run.
import builtins
class X: pass
samples = {
}
for name, a in samples.items():
    f = getattr(builtins, name)
    try:
        f(*a, bogus=1)
        r = "OK"
    except TypeError as e:
        r = str(e)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(f"{name:12} {r}")
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True), max([], default=0), sum([1, 2], start=10))
print(*[1, 2], sep="-", end="!\n", flush=True)
try:
    print(sorted([3, 1, 2], reversed=True))
except TypeError as e:
    print("TypeError:", e)
