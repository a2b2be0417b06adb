"""struct: CPython's module re-exports the C `_struct`; here it re-exports the native one."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',
    'Struct',
    'error'
]

from _struct import (Struct, _clearcache, calcsize, error, iter_unpack, pack, pack_into, unpack,
                     unpack_from)
