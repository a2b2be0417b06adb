# Tracebacks through `with`: an error in the body points at the body line; an error raised
# by __exit__ while another is propagating shows both, chained with "During handling of the
# above exception"; __exit__ that returns a true value other than True also suppresses.
# Notice each traceback's lines; the last, uncaught one ends the program.
class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("  suppressing", t.__name__, "with", [1])
        return [1]


class Falsy:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("  not suppressing", t.__name__ if t else None, "with", [])
        return []


class Explodes:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise ValueError(f"exit saw {t.__name__}")


with Truthy():
    raise IndexError("gone")
print("after Truthy")

try:
    with Falsy():
        raise IndexError("kept")
except IndexError as e:
    print("caught", repr(e))


def inner():
    with Explodes():
        x = 1
        y = x / 0
        return y


def outer():
    return inner()


outer()
