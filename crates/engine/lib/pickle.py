"""pickle: the rules of what can cross to another process (issue 14). The work is native
(`_pickle`, as CPython's C accelerator); see its notes: `dumps` keeps a copy in the run and
returns a handle to it, not CPython's byte stream."""

from _pickle import (PickleError, PicklingError, UnpicklingError, DEFAULT_PROTOCOL,
                     HIGHEST_PROTOCOL, dumps, loads)

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "dumps", "loads",
           "DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]
