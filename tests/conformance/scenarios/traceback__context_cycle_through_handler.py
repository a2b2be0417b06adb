# Raising, inside a handler, an exception whose context chain already loops back to itself:
# the chain is cut where it returns, and the uncaught report prints each exception once.
b, c = TypeError("b"), TypeError("c")
b.__context__, c.__context__ = c, b
try:
    raise b
except TypeError:
    raise c
