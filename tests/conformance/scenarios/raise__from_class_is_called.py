# `raise E from C` with a class C calls it with no arguments to make the cause, as the
# interpreter does: an error from that call is what gets raised instead. An instance is
# taken as it is, None clears the cause, anything else is a TypeError.
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)


class Plain(Exception):
    pass


for cause in [NeedsArgs, Plain, Plain("given"), None, 42, int]:
    try:
        raise ValueError("outer") from cause
    except ValueError as e:
        print("ValueError", repr(e.__cause__), e.__suppress_context__)
    except TypeError as e:
        print("TypeError:", e)
