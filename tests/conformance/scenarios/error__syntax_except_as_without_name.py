# `except ... as` without a name.
try:
    int("x")
except ValueError as:
    print("bad")
