"""inspect's docstring and member helpers (CPython writes them in inspect.py; Loopscope's
`inspect` is native for the coroutine and frame questions): cleandoc, getdoc, getmembers,
getmembers_static, getmro, unwrap, and the predicates they are used with (isroutine,
isbuiltin, ismodule, isabstract, the descriptor tests, isframe/iscode/istraceback).

Built-in functions and types carry no docstrings here, so getdoc of one is reported as not
supported rather than answered with None."""

import sys
import types
import _loopscope

__all__ = [
    'cleandoc', 'getdoc', 'getmembers', 'getmembers_static', 'getmro', 'unwrap',
    'isroutine', 'isbuiltin', 'ismodule', 'isabstract', 'ismethoddescriptor',
    'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor', 'ismethodwrapper',
    'isframe', 'iscode', 'istraceback',
]


# --- predicates -------------------------------------------------------------------------

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def _is_builtin_kind(object, name):
    # The C types `types` names but this `types` does not model apart (frames, tracebacks,
    # slot descriptors): told by their type's name.
    kind = type(object)
    return kind.__name__ == name and kind.__module__ == 'builtins'


def isframe(object):
    return _is_builtin_kind(object, 'frame')


def iscode(object):
    return isinstance(object, types.CodeType)


def istraceback(object):
    return _is_builtin_kind(object, 'traceback')


def _is_function_like(object):
    # What the descriptor tests leave out: classes, methods and functions have __get__ too.
    return isinstance(object, (type, types.MethodType, types.FunctionType))


def ismethoddescriptor(object):
    if _is_function_like(object):
        return False
    kind = type(object)
    return hasattr(kind, "__get__") and not hasattr(kind, "__set__")


def isdatadescriptor(object):
    if _is_function_like(object):
        return False
    kind = type(object)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def isgetsetdescriptor(object):
    return _is_builtin_kind(object, 'getset_descriptor')


def ismemberdescriptor(object):
    return _is_builtin_kind(object, 'member_descriptor')


def ismethodwrapper(object):
    return _is_builtin_kind(object, 'method-wrapper')


def isroutine(object):
    return (isbuiltin(object)
            or isinstance(object, (types.FunctionType, types.MethodType))
            or ismethoddescriptor(object)
            or ismethodwrapper(object))


def isabstract(object):
    # CPython reads the type's IS_ABSTRACT flag, which a non-empty __abstractmethods__ sets.
    if not isinstance(object, type):
        return False
    try:
        methods = object.__abstractmethods__
    except AttributeError:
        return False
    return bool(methods)


# --- classes and wrappers ---------------------------------------------------------------

def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The innermost function of a chain of __wrapped__ attributes (functools.wraps), or the
    first one `stop` accepts."""
    original = func
    seen = {id(func): func}
    limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {original!r}')
        seen[id(func)] = func
    return func


# --- members ----------------------------------------------------------------------------

def _members(object, predicate, getter):
    # CPython also adds its bases' DynamicClassAttribute names (enum's `name` and `value`);
    # there are none here.
    names = dir(object)
    mro = (object,) + object.__mro__ if isinstance(object, type) else ()
    found = []
    seen = set()
    for name in names:
        try:
            value = getter(object, name)
            if name in seen:
                raise AttributeError(name)
        except AttributeError:
            # A descriptor that refuses __get__, or a duplicate: the raw class attribute.
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        seen.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    """All (name, value) pairs of dir(object), sorted by name, that `predicate` accepts."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """getmembers without running descriptors, properties or __getattr__."""
    return _members(object, predicate, _static_getattr)


def _static_getattr(object, name):
    if not isinstance(object, type):
        try:
            instance_dict = object.__dict__
        except AttributeError:
            instance_dict = {}
        if name in instance_dict:
            return instance_dict[name]
        owner = type(object)
    else:
        owner = object
    for base in owner.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    if isinstance(object, type):
        for base in type(object).__mro__:
            if name in base.__dict__:
                return base.__dict__[name]
    raise AttributeError(name)


# --- docstrings -------------------------------------------------------------------------

def cleandoc(doc):
    """A docstring with its first line stripped, the common indentation of the others
    removed, and leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines[0] = lines[0].lstrip()
    lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """The object's docstring, cleaned; a class, method or property without one takes its
    base classes' (the first found along the MRO)."""
    try:
        doc = object.__doc__
    except AttributeError:
        _loopscope.unsupported('the docstring of a built-in function or type (inspect.getdoc)')
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _defining_class(func):
    # The class a function's __qualname__ names, looked up from its module.
    owner = sys.modules.get(func.__module__)
    if owner is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part)
    return owner if isinstance(owner, type) else None


def _inherited_doc(obj):
    if isinstance(obj, type):
        for base in obj.__mro__:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if isinstance(obj, types.MethodType):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        is_classmethod = (isinstance(bound_to, type)
                          and getattr(getattr(bound_to, name, None), '__func__') is obj.__func__)
        owner = bound_to if is_classmethod else type(bound_to)
    elif isinstance(obj, types.FunctionType):
        name = obj.__name__
        owner = _defining_class(obj)
        if owner is None or getattr(owner, name) is not obj:
            return None
    elif isinstance(obj, property):
        name = obj.fget.__name__
        owner = _defining_class(obj.fget)
        if owner is None or getattr(owner, name) is not obj:
            return None
    else:
        return None
    for base in owner.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None
