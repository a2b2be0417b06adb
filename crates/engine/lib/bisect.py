# bisect: binary search in a sorted sequence and insertion that keeps it sorted. CPython runs
# these from its C accelerator (_bisect), so the argument checks and error messages here are
# the C functions' (argument clinic's wording, `hi=-1` meaning "the whole length", lo/hi
# taken by __index__), not those of the pure-Python fallback.

from operator import index as _index
from sys import maxsize as _MAXSIZE

_PARAMS = ('a', 'x', 'lo', 'hi')


def _parse(fname, args, kwargs):
    if len(args) > 4:
        raise TypeError(f"{fname}() takes at most 4 positional arguments ({len(args)} given)")
    values = list(args) + [_MISSING] * (4 - len(args))
    key = None
    for name, value in kwargs.items():
        if name == 'key':
            key = value
            continue
        if name not in _PARAMS:
            raise TypeError(f"{name!r} is an invalid keyword argument for {fname}()")
        pos = _PARAMS.index(name)
        if pos < len(args):
            raise TypeError(f"argument for {fname}() given by name ({name!r}) "
                            f"and position ({pos + 1})")
        values[pos] = value
    for pos in (0, 1):
        if values[pos] is _MISSING:
            raise TypeError(f"{fname}() missing required argument "
                            f"{_PARAMS[pos]!r} (pos {pos + 1})")
    a, x, lo, hi = values
    if lo is _MISSING:
        lo = 0
    else:
        lo = _ssize(lo, None)
    if hi is _MISSING or hi is None:
        hi = -1
    else:
        hi = _ssize(hi, "argument should be integer or None, not '%s'")
    return a, x, lo, hi, key


class _Missing:
    pass


_MISSING = _Missing()


def _ssize(value, message):
    try:
        value = _index(value)
    except TypeError:
        if message is None:
            raise
        raise TypeError(message % type(value).__name__) from None
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _length(a):
    if isinstance(a, dict):
        raise TypeError(f"{type(a).__name__} is not a sequence")
    return len(a)


def _left(a, x, lo, hi, key):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = _length(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def _right(a, x, lo, hi, key):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = _length(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(*args, **kwargs):
    a, x, lo, hi, key = _parse('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


def bisect_right(*args, **kwargs):
    a, x, lo, hi, key = _parse('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def insort_left(*args, **kwargs):
    a, x, lo, hi, key = _parse('insort_left', args, kwargs)
    at = _left(a, x if key is None else key(x), lo, hi, key)
    a.insert(at, x)


def insort_right(*args, **kwargs):
    a, x, lo, hi, key = _parse('insort_right', args, kwargs)
    at = _right(a, x if key is None else key(x), lo, hi, key)
    a.insert(at, x)


bisect = bisect_right
insort = insort_right
