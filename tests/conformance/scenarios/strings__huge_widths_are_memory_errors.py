# A width or tab size the program chose that no memory holds is a MemoryError (or, past a C
# int, an OverflowError), as in CPython: the run goes on.
cases = [
    lambda: "x".ljust(2**40),
    lambda: "x".center(2**40, "*"),
    lambda: "x".zfill(2**40),
    lambda: b"x".rjust(2**40),
    lambda: bytearray(b"x").center(2**40),
    lambda: "%*d" % (2**40, 1),
    lambda: "%-*s" % (2**40, "a"),
    lambda: "{:>1099511627776}".format(1),
    lambda: format("a", "1099511627776"),
    lambda: f"{3.5:01099511627776.2f}",
    lambda: "x".expandtabs(2**40),
    lambda: "\tx".expandtabs(2**20),
    lambda: "x".ljust(2**63),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(i, type(e).__name__, e)
print("done")
