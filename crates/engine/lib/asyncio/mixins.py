"""The mixin that binds a synchronisation primitive to the event loop that first uses it."""

from asyncio import get_running_loop


def _running_loop():
    # The running loop, or None outside of one (CPython's events._get_running_loop()).
    try:
        return get_running_loop()
    except RuntimeError:
        return None


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = _running_loop()
        # One thread runs here, so the first user binds the loop without a lock.
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
