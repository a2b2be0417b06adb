# copy: shallow and deep copies, by CPython's rules. A type may bring its own __copy__ or
# __deepcopy__(memo); otherwise the object is taken apart as pickle would take it apart
# (__reduce_ex__(4): a constructor, its arguments, a state, list items, dict items) and put
# together again. The VM's built-in types have no __reduce_ex__, so what object.__reduce_ex__
# and the C types' __reduce__ would return is worked out here (`_reduce`). deepcopy's memo
# maps id(original) to its copy: shared references stay shared and cycles end.

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# copyreg's table of reducers for types that cannot say how to pickle themselves. None of its
# entries (complex, re.Pattern, types.UnionType) exist here.
dispatch_table = {}


def copy(x):
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    reductor = dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    else:
        rv = _reduce(x, cls)

    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range,
          slice, property, _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          _types.FunctionType, _types.CodeType):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                reductor = dispatch_table.get(cls)
                if reductor:
                    rv = reductor(x)
                else:
                    rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes,
          str, _types.CodeType, type, range, _types.BuiltinFunctionType, _types.FunctionType,
          property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple is not remembered, but one of its items may have copied the tuple itself
    # (a cycle through a mutable item): that copy wins.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    # The function bound anew to a copy of its object (the VM cannot call MethodType, so
    # the method is looked up again by its name).
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


d[_types.MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    # The memo is keyed by id(): keep the original alive so that its id is not reused by
    # another object while the memo lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = (deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# What x.__reduce_ex__(4) returns in CPython.

def _newobj(cls, *args):
    if cls is object:
        return object()
    # A subclass of tuple or int that does not define its own __new__ may find object's:
    # ask the first class not written in Python for it.
    for c in cls.__mro__:
        if '__module__' not in c.__dict__:
            return c.__new__(cls, *args)
        if '__new__' in c.__dict__:
            return cls.__new__(cls, *args)


_newobj.__name__ = _newobj.__qualname__ = '__newobj__'


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


_newobj_ex.__name__ = _newobj_ex.__qualname__ = '__newobj_ex__'

# Built-in types whose objects CPython refuses to pickle (and so to copy).
_UNPICKLABLE = {'generator', 'coroutine', 'async_generator', 'module', '_asyncio.Future',
                '_asyncio.Task', '_thread.lock', '_thread.RLock', 'frame', 'traceback',
                'Context', 'ContextVar', 'Token'}


def _native_base(cls):
    # The first class of the MRO not written in Python (a class statement puts __module__
    # in the class's own namespace; the VM's built-in types have none there).
    for c in cls.__mro__:
        if '__module__' not in c.__dict__:
            return c
    return object


def _type_name(cls):
    module = cls.__module__
    if module == 'builtins' or '__module__' in cls.__dict__:
        return cls.__qualname__
    return f"{module}.{cls.__qualname__}"


def _defines(cls, name):
    # A reducer of the program's or the library's classes (the built-in types' own, listed in
    # their __dict__ as in CPython, are worked out here).
    return any(name in klass.__dict__ for klass in cls.__mro__
               if klass.__module__ != 'builtins')


def _reduce(x, cls):
    if _defines(cls, '__reduce_ex__'):
        return x.__reduce_ex__(4)
    if _defines(cls, '__reduce__'):
        return x.__reduce__()

    base = _native_base(cls)
    if issubclass(base, BaseException):
        state = _instance_dict(x)
        if state:
            return (cls, x.args, state)
        return (cls, x.args)
    if base is _types.MethodType:
        return (getattr, (x.__self__, x.__func__.__name__))
    if base is slice:
        return (slice, (x.start, x.stop, x.step))
    if base is set or base is frozenset:
        return (cls, (list(x),), _instance_dict(x) or None)
    if base is bytearray:
        return (cls, (bytes(x),), _instance_dict(x) or None)
    from collections import deque, defaultdict
    if base is deque:
        args = ((),) if x.maxlen is None else ((), x.maxlen)
        return (cls, args, _instance_dict(x) or None, iter(x))
    if base is defaultdict:
        args = () if x.default_factory is None else (x.default_factory,)
        return (cls, args, None, None, iter(x.items()))
    if base not in _REDUCIBLE:
        name = _type_name(base)
        if name in _UNPICKLABLE:
            raise TypeError(f"cannot pickle '{_type_name(cls)}' object")
        from asyncio import _unsupported
        _unsupported(f"copying a '{name}' object")

    func = _newobj
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = x.__getnewargs_ex__()
        if kwargs:
            func = _newobj_ex
            args = (cls, args, kwargs)
        else:
            args = (cls,) + tuple(args)
    elif getattr(cls, '__getnewargs__', None) is not None:
        args = (cls,) + tuple(x.__getnewargs__())
    elif base in _NEWARGS:
        args = (cls, _NEWARGS[base](x))
    else:
        args = (cls,)

    if getattr(cls, '__getstate__', None) is not None:
        state = x.__getstate__()
    else:
        state = _instance_dict(x) or None
        slots = _slot_values(x, cls)
        if slots:
            state = (state, slots)

    listitems = iter(x) if issubclass(cls, list) else None
    dictitems = iter(x.items()) if issubclass(cls, dict) else None
    return (func, args, state, listitems, dictitems)


_REDUCIBLE = (object, list, dict, tuple, int, float, complex, str, bytes, bool)
_NEWARGS = {tuple: tuple, int: int, float: float, str: str, bytes: bytes}


def _instance_dict(x):
    try:
        return x.__dict__
    except AttributeError:
        return None


def _slot_values(x, cls):
    values = {}
    for c in cls.__mro__:
        if '__slots__' not in c.__dict__:
            continue
        names = c.__dict__['__slots__']
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = f"_{stripped}{name}"
            try:
                values[name] = getattr(x, name)
            except AttributeError:
                pass
    return values
