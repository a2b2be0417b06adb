# bytes methods' argument checks: join() of a non-iterable, splitlines() with a keepends that
# is not an int, bytes()/bytearray() with an encoding that is not a str, and
# int.from_bytes() on a subclass (the subclass makes the result).
from enum import IntFlag


def attempt(label, call):
    try:
        print(label, "->", repr(call()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("join int", lambda: b"".join(5))
attempt("bytearray join None", lambda: bytearray(b"-").join(None))
attempt("join generator", lambda: b"-".join(bytes([c]) for c in b"abc"))
attempt("splitlines str", lambda: b"a\nb".splitlines("x"))
attempt("splitlines float", lambda: b"a\nb".splitlines(2.5))
attempt("splitlines 1", lambda: b"a\nb".splitlines(1))
attempt("splitlines keepends=True", lambda: bytearray(b"a\r\nb").splitlines(keepends=True))
attempt("bytearray(1, 2)", lambda: bytearray(1, 2))
attempt("bytes(1, 2)", lambda: bytes(1, 2))
attempt("bytes('x', errors=3)", lambda: bytes("x", "utf-8", 3))
attempt("bytes(encoding=b'x')", lambda: bytes(encoding=b"x"))
attempt("bytes('x', 'ascii')", lambda: bytes("x", "ascii"))


class MyInt(int):
    pass


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


attempt("MyInt.from_bytes", lambda: type(MyInt.from_bytes(b"\x02", "big")).__name__)
attempt("Perm.from_bytes", lambda: Perm.from_bytes(b"\x06", "big"))
attempt("bool.from_bytes", lambda: bool.from_bytes(b"\x00\x02", "little"))
attempt("int.from_bytes signed", lambda: int.from_bytes(b"\xff\xfe", "big", signed=True))
