"""multiprocessing.sharedctypes: `Value` and `Array` in memory the simulated processes share
(CPython maps shared memory and views it through ctypes; here a fork shares the library's
objects, so the one object is every process's). Values are kept as Python numbers, checked
as the ctypes type would check them."""

from . import synchronize

__all__ = ['RawValue', 'RawArray', 'Value', 'Array']

_CTYPES = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short',
    'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double',
}
_FLOATS = ('f', 'd')
_BITS = {'b': 8, 'B': 8, 'h': 16, 'H': 16, 'i': 32, 'I': 32, 'l': 64, 'L': 64, 'q': 64,
         'Q': 64}


def _ctype(typecode):
    try:
        return _CTYPES[typecode]
    except (KeyError, TypeError):
        import _loopscope_processes
        _loopscope_processes.unsupported('a shared ctypes type other than a typecode '
                                         '(%r)' % (typecode,))


def _convert(typecode, value):
    """`value` as the C type stores it (ints wrap around, as in ctypes)."""
    if typecode in _FLOATS:
        return float(value)
    if typecode in ('c', 'u'):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    value = int(value)
    bits = _BITS[typecode]
    value &= (1 << bits) - 1
    if typecode.islower() and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def _zero(typecode):
    return 0.0 if typecode in _FLOATS else (b'\x00' if typecode == 'c' else 0)


class _RawValue(object):
    """A ctypes scalar: `c_int(5)`."""

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._value = _convert(typecode, value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = _convert(self._typecode, v)

    def __repr__(self):
        return '%s(%r)' % (_ctype(self._typecode), self._value)


class _RawArray(object):
    """A ctypes array: indexing and slicing read and write its items."""

    def __init__(self, typecode, items):
        self._typecode = typecode
        self._items = [_convert(typecode, v) for v in items]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            values = [_convert(self._typecode, x) for x in v]
            if len(values) != len(range(*i.indices(len(self._items)))):
                raise ValueError("Can only assign sequence of same size")
            self._items[i] = values
        else:
            self._items[i] = _convert(self._typecode, v)

    def __iter__(self):
        return iter(list(self._items))

    def __repr__(self):
        return '<multiprocessing.sharedctypes.%s_Array_%d object at %s>' % (
            _ctype(self._typecode), len(self._items), hex(id(self)))


def RawValue(typecode_or_type, *args):
    _ctype(typecode_or_type)
    value = args[0] if args else _zero(typecode_or_type)
    return _RawValue(typecode_or_type, value)


def RawArray(typecode_or_type, size_or_initializer):
    _ctype(typecode_or_type)
    if isinstance(size_or_initializer, int):
        items = [_zero(typecode_or_type)] * size_or_initializer
    else:
        items = list(size_or_initializer)
    return _RawArray(typecode_or_type, items)


class Synchronized(object):
    """A shared value with the lock that guards it (`get_lock()`)."""

    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock if lock is not None else synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self._obj)

    def __getslice__(self, start, stop):
        return self._obj[start:stop]


def Value(typecode_or_type, *args, lock=True, ctx=None):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock)
