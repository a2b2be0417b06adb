# Built-ins that take at most N arguments count positional and keyword arguments together
# before anything else (sum, pow, round, enumerate); and a descriptor whose __get__ raises
# AttributeError hands the name to __getattr__, as a miss does.
for f in [lambda: sum(1, 2, 3), lambda: sum([1], 0, 1), lambda: pow(2, 3, 5, 7), lambda: round(1.5, 1, 2),
          lambda: enumerate([1], 0, 5), lambda: sum([1], start=2), lambda: round(2.567, ndigits=1), lambda: pow(2, 3, mod=5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Desc:
    def __get__(self, obj, owner):
        raise AttributeError("desc says no")
class H:
    d = Desc()
    def __getattr__(self, name):
        return f"fallback {name}"
print(H().d)
print(getattr(H(), "d", "default"))
