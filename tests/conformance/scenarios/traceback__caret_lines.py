# Tracebacks formatted into strings carry CPython 3.11's position lines: `^^^^` under the
# failing call, attribute or target, `~~^~~` for a binary operation, `~~~^^^` for a
# subscript, none when the failing part is the whole line.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        for line in traceback.format_exc().splitlines()[-3:]:
            print(line)


def divide(a, b):
    return a / b + (a - b) * 2


d, n = {"a": 1}, None
show(lambda: divide(1, 0))
show(lambda: d["a"] + d["b"])
show(lambda: (1, 2)[1:2][5])
show(lambda: len(5) * 3)
show(lambda: d.missing())
show(lambda: [x / 0 for x in range(2)])
show(lambda: f"{d['z']}")
show(lambda: n.attr)


def augmented():
    d["k"] += 1


def store():
    n.attr = 1


def unpack():
    a, b = n


def delete():
    del n[0]


def check():
    assert len(d) == 2, "size"


def whole_line():
    int("x")


def multi_line():
    return divide(
        1, 0)


for f in [augmented, store, unpack, delete, check, whole_line, multi_line]:
    show(f)
