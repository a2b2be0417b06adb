# IOError and EnvironmentError are OSError; zip() of a non-iterable passes on iter()'s error
# (3.10 changed the wording); importing a module CPython does not have inside a package
# Loopscope provides is ModuleNotFoundError.
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise IOError(2, "No such file or directory", "settings.ini")
except EnvironmentError as e:
    print(type(e).__name__, e, e.errno)
try:
    zip([1, 2], 3)
except TypeError as e:
    print("TypeError:", e)
print(list(zip("ab", range(5), strict=False)))
try:
    import logging.nonexistent
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    import json.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import time.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
