# A relative import in a program run as a script has no parent package: CPython raises
# ImportError.
try:
    from . import helper
except ImportError as e:
    print("ImportError:", e)
try:
    from .pkg import name
except ImportError as e:
    print("ImportError:", e)
