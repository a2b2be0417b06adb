# A paused generator that is no longer referenced is closed on the spot: GeneratorExit is
# raised at its yield, so its finally blocks run. Errors during that cleanup cannot reach
# anyone, so Python prints them as "Exception ignored in" and carries on.
def numbered(label):
    try:
        n = 0
        while True:
            n += 1
            yield f"{label}{n}"
    finally:
        print(f"  {label}: closed after {n}")


def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "refuses to stop"


def fails_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


def use_locally():
    gen = numbered("local")
    print(" ", next(gen), next(gen))
    print("  returning from use_locally")


for item in numbered("loop"):
    if item == "loop3":
        break
print("after the loop")
use_locally()
print("after use_locally")
g = numbered("global")
next(g)
g = "replaced"
print("after replacing g")
s = stubborn()
next(s)
s = None
print("after dropping stubborn")
f = fails_cleanup()
next(f)
del f
print("after deleting f")
