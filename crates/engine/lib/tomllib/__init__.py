__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

# The class lives in _parser, but users (and tracebacks) see it as tomllib's.
TOMLDecodeError.__module__ = __name__
