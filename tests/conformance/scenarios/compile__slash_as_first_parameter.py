# A position-only separator with nothing before it.
def f(/, a):
    pass
