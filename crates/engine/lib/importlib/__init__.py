# importlib: import_module, over the interpreter's import machinery (the builtin __import__).
# The import system's internals (_bootstrap, util, machinery, resources) are not here.

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    pass


def reload(module):
    import _loopscope
    _loopscope.unsupported('importlib.reload()')
