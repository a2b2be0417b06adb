# `return` inside an except* body is a SyntaxError (CPython's compiler message).
# Notice the line it points at.
def f():
    try:
        pass
    except* TypeError:
        return 1
