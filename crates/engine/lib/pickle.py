"""pickle: the rules of what can cross to another process (issue 14). The work is native
(`_pickle`, as CPython's C accelerator); see its notes: `dumps` keeps a copy in the run and
returns a handle to it, not CPython's byte stream."""

from _pickle import (PickleError, PicklingError, UnpicklingError, DEFAULT_PROTOCOL,
                     HIGHEST_PROTOCOL, dumps, loads)

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "dumps", "loads",
           "DEFAULT_PROTOCOL", "HIGHEST_PROTOCOL"]
__all__ += ["dump", "load"]


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickled obj to the open binary file (the run's handle for it, see above)."""
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read one pickled object from the open binary file: its handle ends at the first '.',
    so several dumps to one file load back one by one."""
    data = file.read(1)
    while data and not data.endswith(b"."):
        more = file.read(1)
        if not more:
            break
        data += more
    return loads(data)
