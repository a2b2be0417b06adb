# abc: abstract base classes. ABCMeta is the metaclass: it records __abstractmethods__
# (which object.__new__ checks, with CPython's "Can't instantiate abstract class" message),
# keeps the registry of virtual subclasses, and answers issubclass/isinstance through
# __subclasscheck__ (asking __subclasshook__ first). The engine checks real subclasses
# itself before asking, so isinstance of a real subclass costs no Python call.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated spellings older tutorials use. CPython makes them subclasses of
# classmethod, staticmethod and property; here they make those objects with the function
# marked abstract, which ABCMeta reads the same way.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    for function in (fget, fset, fdel):
        if function is not None:
            function.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if isinstance(value, property):
        return any(getattr(f, '__isabstractmethod__', False)
                   for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, '__isabstractmethod__', False)
    return getattr(value, '__isabstractmethod__', False) is True


def _raw_attr(cls, name):
    # The attribute as stored (a classmethod object, not the bound method getattr gives).
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _abc_init(cls):
    abstracts = [name for name, value in cls.__dict__.items() if _is_abstract(value)]
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in abstracts and _is_abstract(_raw_attr(cls, name)):
                abstracts.append(name)
    cls.__abstractmethods__ = frozenset(abstracts)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    _abc_init(cls)
    return cls


class _abc_data:
    # An ABC's bookkeeping, one attribute (`_abc_impl`) as in CPython: the classes
    # registered with it and its own subclasses that are ABCs.
    __slots__ = ('registry', 'subclasses')

    def __init__(self):
        self.registry = []
        self.subclasses = []


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        cls._abc_impl = _abc_data()
        for base in bases:
            known = base.__dict__.get('_abc_impl')
            if known is not None:
                known.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        # CPython asks issubclass(subclass, cls) here; a real subclass or one registered
        # already is the cheap part of that answer (registering twice changes nothing).
        if cls in subclass.__mro__ or subclass in cls._abc_impl.registry:
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.append(subclass)
        return subclass

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_impl.registry:
            if issubclass(subclass, registered):
                return True
        for sub in cls._abc_impl.subclasses:
            if issubclass(subclass, sub):
                return True
        return False

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return 0
