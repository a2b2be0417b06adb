# except* needs an exception type: a bare except* is a SyntaxError.
try:
    pass
except*:
    pass
