# Details of `except`: a tuple of classes, the first matching clause wins, the name bound
# by `as` is deleted after the handler, a handler can raise a new exception (which then
# carries the old one as __context__), and bare `raise` re-raises the current exception.
def classify(value):
    try:
        return {"a": 1}[value] / value
    except (KeyError, IndexError) as e:
        return f"lookup failed: {e!r}"
    except Exception as e:
        return f"other: {type(e).__name__}"


print(classify("a"), classify("b"), classify(["x"]))
try:
    raise ValueError("first")
except ValueError as err:
    saved = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print("saved:", saved, saved.args)
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__), "context:", repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("replaced")
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__), "suppressed:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(repr(e), "cause:", e.__cause__, "context kept:", repr(e.__context__), e.__suppress_context__)
def reraiser():
    try:
        [].pop()
    except IndexError:
        print("  logging and re-raising")
        raise
try:
    reraiser()
except IndexError as e:
    print("re-raised:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise KeyError("b")
except KeyError as e:
    print(e, "<-", e.__context__)
class NotAnException:
    pass
try:
    try:
        pass
    except NotAnException:
        pass
    print("no exception, no check of the except clause")
    try:
        1 / 0
    except NotAnException:
        pass
except TypeError as e:
    print("TypeError:", e)
