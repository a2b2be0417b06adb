"""The warnings module: filters, registries and the display of warnings, as CPython 3.11's
`warnings.py` and its C accelerator `_warnings` behave (the C functions `warn` and
`warn_explicit` are what a program calls there; they are written here in Python). The engine's
own warnings (a coroutine never awaited) come through `_warn_native` once this module is
imported."""

import sys
import _loopscope

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# Filters, the default action and the registries, as `_warnings` keeps them.

filters = []
_defaultaction = "default"
defaultaction = _defaultaction
_onceregistry = {}
onceregistry = _onceregistry
_filters_version = 0
# Registries of the frames CPython's loop code runs in (asyncio's modules are not imported here).
_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (standard error by default); programs may replace it."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text `showwarning` writes; programs may replace it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    name = msg.category.__name__
    out = f"{msg.filename}:{msg.lineno}: {name}: {msg.message}\n"
    line = msg.line
    if line is None:
        line = _loopscope.source_line(str(msg.filename), msg.lineno)
    if line:
        out += "  %s\n" % line.strip()
    if msg.source is not None:
        # tracemalloc's report on the object: where it was made, if traced (only the engine's
        # coroutines carry that here), else a hint when tracemalloc is off.
        allocated_at = getattr(msg.source, "_allocated_at", None)
        if allocated_at is not None:
            out += "Object allocated at (most recent call last):\n"
            for filename, lineno in reversed(allocated_at):
                out += f'  File "{filename}", lineno {lineno}\n'
                line = _loopscope.source_line(filename, lineno)
                if line:
                    out += "    %s\n" % line.strip()
        elif not _tracing():
            out += f"{name}: Enable tracemalloc to get the object allocation traceback\n"
    return out


def _tracing():
    import _tracemalloc

    return _tracemalloc.is_tracing()


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    try:
        hook = showwarning
    except NameError:
        pass
    else:
        if hook is not _showwarning_orig:
            if not callable(hook):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    try:
        hook = formatwarning
    except NameError:
        pass
    else:
        if hook is not _formatwarning_orig:
            return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Puts a filter first in `filters` (last with `append`): `message` and `module` are
    regular expressions matched at the start of the text and of the module's name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    import re
    message = re.compile(message, re.I) if message else None
    module = re.compile(module) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Like `filterwarnings`, for every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    """Empties the filter list."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    _loopscope.unsupported("warnings._setoption()")


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    _loopscope.unsupported("warnings._getcategory()")


def _is_internal_frame(frame):
    name = frame.f_code.co_filename
    return "importlib" in name and "_bootstrap" in name


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


class _NoMessage(Warning):
    pass


# warn()'s default message: a Warning, so that only the branch for Warning messages (not a
# string's) looks for it, to say what C's argument clinic says.
_NO_MESSAGE = _NoMessage()
del _NoMessage


def warn(message=_NO_MESSAGE, category=None, stacklevel=1, source=None):
    """Issues a warning attributed to the frame `stacklevel` levels up from the caller."""
    if isinstance(message, Warning):
        if message is _NO_MESSAGE:
            raise TypeError("warn() missing required argument 'message' (pos 1)")
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError(f"category must be a Warning subclass, not '{type(category).__name__}'")
    where = _loopscope.warn_frame(stacklevel)
    if where is None:
        filename, lineno, module, registry = "sys", 1, "sys", _registries.setdefault("sys", {})
    else:
        filename, lineno, place = where
        module, registry = _context(place)
    _warn_explicit(message, category, filename, lineno, module, registry, source, filters,
                   False)


def _context(place):
    """The module name and warning registry of a frame's module (or of one CPython's asyncio
    runs code from, given by name)."""
    if isinstance(place, str):
        return place, _registries.setdefault(place, {})
    # The module's namespace, as CPython reads the frame's globals: never the module's own
    # `__getattr__`, which may be what is warning.
    namespace = place.__dict__
    name = namespace.get("__name__")
    if not (name is None or isinstance(name, str)):
        name = "<string>"
    registry = namespace.get("__warningregistry__")
    if registry is None:
        registry = namespace["__warningregistry__"] = {}
    return name, registry


def _already(registry, key, mark):
    """Whether `key` is in the registry (cleared first when the filters changed since)."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def _module_matches(pattern, module):
    # The built-in default filter names `__main__` as a plain string, matched exactly.
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == module
    return pattern.match(module)


def _action_for(category, text, lineno, module, filter_list):
    for item in filter_list:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and _module_matches(mod, module) and (ln == 0 or lineno == ln)):
            return action, item
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issues a warning attributed to `filename` and `lineno`, as the filters say."""
    _warn_explicit(message, category, filename, lineno, module, registry, source, filters,
                   False)


def _warn_explicit(message, category, filename, lineno, module, registry, source,
                   filter_list, at_shutdown):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already(registry, key, False):
        return None
    action, item = _action_for(category, text, lineno, module, filter_list)
    if action == "error":
        raise message
    if action == "ignore":
        return None
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action in ("once", "module"):
            if action == "once" and registry is None:
                registry = onceregistry
            if registry is not None and _already(registry, (text, category), True):
                return None
        elif action != "default":
            raise RuntimeError(
                "Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    if at_shutdown:
        sys.stderr.write(f"{filename}:{lineno}: {category.__name__}: {text}\n")
        return True
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))
    return True


class WarningMessage(object):
    """One warning, as `catch_warnings(record=True)` collects them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Saves the filters and the display hooks on entry and puts them back on exit;
    `record=True` collects the warnings shown meanwhile into the list it returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = _this_module() if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not _this_module():
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


def _this_module():
    import warnings
    return warnings


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    shown = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python {shown} alpha")
    warn(message.format(name=name, remove=shown), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    warn(f"coroutine '{coro.__qualname__}' was never awaited", category=RuntimeWarning,
         stacklevel=2, source=coro)


class _DeadCoroutine:
    """Stands for a coroutine that died never awaited (the engine has let it go): the
    warning's `source`."""

    def __init__(self, qualname, allocated_at=None):
        self.__qualname__ = qualname
        self._allocated_at = allocated_at

    def __repr__(self):
        return f"<coroutine object {self.__qualname__} at 0x7f0000000000>"


def _warn_native(text, category, filename, lineno, place, at_shutdown, shown_before,
                 allocated_at=None):
    """A warning the engine raises (a coroutine never awaited) at a place it found: a module,
    a module's name, or None for interpreter shutdown, where CPython's C code shows it with
    the filters it started with and none of this module's hooks. `shown_before`: the engine
    showed it before this module was imported (it is in CPython's registry then, until the
    filters change). True when it was shown."""
    if place is None:
        module, registry = "sys", _registries.setdefault("sys", {})
    else:
        module, registry = _context(place)
    if shown_before and _filters_version == 0:
        _already(registry, (text, category, lineno), True)
        return None
    if place is None:
        return _warn_explicit(text, category, filename, lineno, module, registry, None,
                              _filters_at_start, True)
    qualname = text.split("'")[1] if "'" in text else text
    return _warn_explicit(text, category, filename, lineno, module, registry,
                          _DeadCoroutine(qualname, allocated_at), filters, False)


# What a release build run as `python3 file.py` starts with.
filters.append(("default", None, DeprecationWarning, "__main__", 0))
for _category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
    filters.append(("ignore", None, _category, None, 0))
del _category
_filters_at_start = filters
