# `case a | b:` (meaning "a or b" names) is a capture first: CPython names the capture,
# before it would compare the names the alternatives bind.
RED, GREEN = "red", "green"


def paint(colour):
    match colour:
        case RED | GREEN:
            return "known"
        case _:
            return "unknown"


print(paint("blue"))
