# What CPython's `sys` holds that is a Python object made in C: `sys.implementation`, a
# SimpleNamespace. Found on first use through `library::exporter`, so a program that never
# asks does not import `types`.
import sys
from types import SimpleNamespace

implementation = SimpleNamespace(
    name='cpython',
    cache_tag='cpython-311',
    version=sys.version_info,
    hexversion=sys.hexversion,
    _multiarch='x86_64-linux-gnu',
)
