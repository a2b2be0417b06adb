# Every entry of an except clause's tuple must be an exception class, and CPython checks
# them all before matching any: a bad entry is a TypeError even when an earlier one would
# have matched, and so is a tuple inside the tuple.
def attempt(handlers):
    try:
        try:
            raise ValueError("x")
        except handlers:
            return "matched"
    except TypeError as e:
        return f"TypeError: {e}"


print(attempt((ValueError, 3)))
print(attempt((KeyError, (ValueError,))))
print(attempt((KeyError, ValueError)))
print(attempt(ValueError))
try:
    attempt(())
except ValueError as e:
    print("an empty tuple catches nothing:", repr(e))


class Strange(Exception):
    def __new__(cls, *args):
        return 42


try:
    raise Strange
except TypeError as e:
    print(e)
