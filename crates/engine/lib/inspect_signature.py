"""inspect.signature, Signature, Parameter and BoundArguments (CPython writes them in
inspect.py; the rest of Loopscope's `inspect` is native). Signatures of Python functions,
methods, classes (through __init__ or __new__), functools.partial objects and anything with a
__signature__ or __wrapped__; a built-in function's signature is not supported yet. Also
getfullargspec, the older API over the same signatures."""

import enum
import types
from collections import OrderedDict, namedtuple

__all__ = ['signature', 'Signature', 'Parameter', 'BoundArguments']

FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


class _void:
    """A marker: no value given."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                      'keyword-only', 'variadic keyword')

POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    POSITIONAL_ONLY = POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = VAR_POSITIONAL
    KEYWORD_ONLY = KEYWORD_ONLY
    VAR_KEYWORD = VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in (VAR_POSITIONAL, VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if self._kind == VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        keyword_part = False
        for name, param in self._signature.parameters.items():
            if not keyword_part:
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                    keyword_part = True
                elif name not in self.arguments:
                    keyword_part = True
                    continue
            if not keyword_part or name not in self.arguments:
                continue
            if param.kind == VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = OrderedDict()
        if parameters is not None:
            top_kind = POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if __validate_parameters__:
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} '
                                         'parameter'.format(top_kind.description,
                                                            kind.description))
                    if kind > top_kind:
                        top_kind = kind
                    if kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature_of(obj, cls, follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self.parameters.values() if p.kind != KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == KEYWORD_ONLY)
        return hash((params, kwo, self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation
                and _comparable(self) == _comparable(other))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == POSITIONAL_ONLY:
                        raise TypeError('{arg!r} parameter is positional only, but was passed '
                                        'as a keyword'.format(arg=param.name)) from None
                    parameters_ex = (param,)
                    break
                if param.kind == VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = (param,)
                    break
                if partial:
                    parameters_ex = (param,)
                    break
                raise TypeError('missing a required argument: {arg!r}'.format(
                    arg=param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (VAR_KEYWORD, KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == VAR_POSITIONAL:
                    arguments[param.name] = (arg_val,) + tuple(arg_vals)
                    break
                if param.name in kwargs and param.kind != POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'.format(
                        arg=param.name)) from None
                arguments[param.name] = arg_val
        kwargs_param = None
        for param in parameters_ex + tuple(parameters):
            if param.kind == VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != VAR_POSITIONAL
                        and param.default is _empty):
                    raise TypeError('missing a required argument: {arg!r}'.format(
                        arg=name)) from None
            else:
                if param.kind == POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(arg=param.name))
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def _comparable(sig):
    kwonly = {p.name: p for p in sig.parameters.values() if p.kind == KEYWORD_ONLY}
    positional = [p for p in sig.parameters.values() if p.kind != KEYWORD_ONLY]
    return positional, kwonly


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return _signature_of(obj, Signature, follow_wrapped)


def _signature_of(obj, cls, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_of(obj.__func__, cls, follow_wrapped)
        return _without_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and not hasattr(obj, '__signature__'):
            obj = obj.__wrapped__
            if isinstance(obj, types.MethodType):
                return _signature_of(obj, cls, follow_wrapped)
    override = getattr(obj, '__signature__', None)
    if override is not None:
        if not isinstance(override, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(
                override))
        return override
    if isinstance(obj, types.FunctionType):
        return _function_signature(cls, obj)
    import functools
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature_of(obj.func, cls, follow_wrapped), obj)
    if isinstance(obj, type):
        return _class_signature(obj, cls, follow_wrapped, skip_bound_arg)
    if isinstance(obj, types.BuiltinFunctionType):
        import _loopscope
        _loopscope.unsupported('inspect.signature of a built-in function')
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, types.FunctionType):
        sig = _signature_of(call, cls, follow_wrapped)
        return _without_first(sig) if skip_bound_arg else sig
    import _loopscope
    _loopscope.unsupported('inspect.signature of a {} object'.format(type(obj).__name__))


def getfullargspec(func):
    try:
        sig = _signature_of(func, Signature, follow_wrapped=False, skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, defaults, kwdefaults, annotations = [], [], (), {}, {}
    varargs = varkw = None
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not param.empty:
            annotations[param.name] = param.annotation
        if param.kind in (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif param.kind is VAR_POSITIONAL:
            varargs = param.name
        elif param.kind is KEYWORD_ONLY:
            kwonlyargs.append(param.name)
            if param.default is not param.empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def _without_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (VAR_KEYWORD, KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _class_signature(klass, cls, follow_wrapped, skip_bound_arg=True):
    for name in ('__init__', '__new__'):
        for base in klass.__mro__:
            if name in base.__dict__ and base is not object:
                method = base.__dict__[name]
                if isinstance(method, staticmethod):
                    method = method.__func__
                if isinstance(method, types.FunctionType):
                    if name == '__new__' and _is_namedtuple_new(base, method):
                        sig = _namedtuple_signature(cls, base, method)
                    else:
                        sig = _signature_of(method, cls, follow_wrapped)
                    return _without_first(sig) if skip_bound_arg else sig
                break
    if klass.__init__ is object.__init__ and klass.__new__ is object.__new__:
        return cls()
    import _loopscope
    _loopscope.unsupported('inspect.signature of a class with a built-in __init__ or __new__')


_namedtuple_new_code = None


def _is_namedtuple_new(klass, method):
    # collections.namedtuple's __new__ binds its fields itself (for CPython's messages), so
    # its code says (*args, **kwds) where CPython's generated one declares the fields. Every
    # namedtuple's __new__ shares that code: a probe class shows it once.
    global _namedtuple_new_code
    if not (issubclass(klass, tuple) and isinstance(getattr(klass, '_fields', None), tuple)):
        return False
    if _namedtuple_new_code is None:
        from collections import namedtuple
        _namedtuple_new_code = namedtuple('_Probe', 'a').__new__.__code__
    return method.__code__ is _namedtuple_new_code


def _namedtuple_signature(cls, klass, method):
    defaults = klass._field_defaults
    annotations = method.__annotations__
    parameters = [Parameter('_cls', POSITIONAL_OR_KEYWORD)]
    for name in klass._fields:
        parameters.append(Parameter(name, POSITIONAL_OR_KEYWORD,
                                    default=defaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, __validate_parameters__=False)


# asyncio's functions that the engine implements natively but CPython writes in Python:
# their parameters as CPython's source declares them.
_P, _K, _V = 'positional', 'keyword', 'varargs'
_NATIVE_FUNCTION_PARAMETERS = {
    'all_tasks': [('loop', _P, None)],
    'create_task': [('coro', _P, _empty), ('name', _K, None), ('context', _K, None)],
    'current_task': [('loop', _P, None)],
    'ensure_future': [('coro_or_future', _P, _empty), ('loop', _K, None)],
    'gather': [('coros_or_futures', _V, _empty), ('return_exceptions', _K, False)],
    'iscoroutine': [('obj', _P, _empty)],
    'iscoroutinefunction': [('func', _P, _empty)],
    'isfuture': [('obj', _P, _empty)],
    'new_event_loop': [],
    'run': [('main', _P, _empty), ('debug', _K, None)],
    'set_event_loop': [('loop', _P, _empty)],
    'sleep': [('delay', _P, _empty), ('result', _P, None)],
    'wait_for': [('fut', _P, _empty), ('timeout', _P, _empty)],
}


def _native_function_signature(cls, func):
    spec = None
    if func.__module__.startswith('asyncio'):
        spec = _NATIVE_FUNCTION_PARAMETERS.get(func.__qualname__)
    if spec is None:
        import _loopscope
        _loopscope.unsupported('inspect.signature of a built-in function')
    kinds = {_P: POSITIONAL_OR_KEYWORD, _K: KEYWORD_ONLY, _V: VAR_POSITIONAL}
    return cls([Parameter(name, kinds[kind], default=default) for name, kind, default in spec],
               __validate_parameters__=False)


def _function_signature(cls, func):
    if not hasattr(func, '__code__'):
        return _native_function_signature(cls, func)
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(names[:pos_count]):
        kind = POSITIONAL_ONLY if i < posonly_count else POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count
    kwonly_names = names[pos_count:pos_count + kwonly_count]
    index += kwonly_count
    if code.co_flags & 0x04:
        name = names[index]
        index += 1
        parameters.append(Parameter(name, VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in kwonly_names:
        parameters.append(Parameter(name, KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[index]
        parameters.append(Parameter(name, VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _partial_signature(sig, partial):
    old = tuple(sig.parameters.values())
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from e
    new = OrderedDict(sig.parameters.items())
    transform_to_kwonly = False
    for param_name, param in sig.parameters.items():
        try:
            arg_value = bound.arguments[param_name]
        except KeyError:
            pass
        else:
            if param.kind == POSITIONAL_ONLY:
                new.pop(param_name)
                continue
            if param.kind == POSITIONAL_OR_KEYWORD:
                if param_name in partial.keywords:
                    transform_to_kwonly = True
                    new[param_name] = param.replace(default=arg_value)
                else:
                    new.pop(param.name)
                    continue
            if param.kind == KEYWORD_ONLY:
                new[param_name] = param.replace(default=arg_value)
        if transform_to_kwonly:
            assert param.kind != POSITIONAL_ONLY
            if param.kind == POSITIONAL_OR_KEYWORD:
                new_param = new[param_name].replace(kind=KEYWORD_ONLY)
                new[param_name] = new_param
                new.move_to_end(param_name)
            elif param.kind in (KEYWORD_ONLY, VAR_KEYWORD):
                new.move_to_end(param_name)
            elif param.kind == VAR_POSITIONAL:
                new.pop(param.name)
    del old
    return sig.replace(parameters=new.values())


for _cls in (_empty, _void, _ParameterKind, Parameter, Signature, BoundArguments):
    _cls.__module__ = 'inspect'
del _cls
