# A position-only separator after the * of keyword-only parameters.
def f(a, *, b, /):
    pass
