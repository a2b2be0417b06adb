"""contextvars: CPython's module re-exports the C `_contextvars`; here it does too, and adds
`Context.run` in Python (its frames are library frames, left out of tracebacks as the C
method has none), so that a function it runs may block its thread like any call."""

from _contextvars import Context, ContextVar, Token, copy_context, _enter, _exit, _install_run

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


def run(self, callable, /, *args, **kwargs):
    _enter(self)
    try:
        return callable(*args, **kwargs)
    finally:
        _exit(self)


run.__qualname__ = 'Context.run'
_install_run(run)
del run, _install_run
