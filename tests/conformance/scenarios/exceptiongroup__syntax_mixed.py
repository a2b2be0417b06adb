# A try statement may not mix except and except* clauses (CPython's parser message).
# Notice the clause the error points at.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
