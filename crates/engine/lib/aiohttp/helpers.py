"""Timeouts as aiohttp 3.9 runs them: the `total` timeout is one timer for the whole
request (connect, send, headers, body) that cancels the tasks inside it and becomes
`asyncio.TimeoutError`; timeouts of `ceil_threshold` (5 s) or more end on a whole second of
the loop's clock, as aiohttp rounds them up; `sock_read` guards each read of the response.
Also `BasicAuth`: HTTP basic credentials, as `auth=` of a session or a request, or taken
from a URL's `user:password@` part; a request sends them as its `Authorization` header."""

import asyncio
import base64
import binascii
import math
from collections import namedtuple

from ._url import URL

from .client_exceptions import ServerTimeoutError

try:
    from asyncio import _unsupported
except ImportError:  # CPython, when this package is tried outside the engine
    def _unsupported(construct):
        raise NotImplementedError(f"{construct} is not supported yet")


def _deadline(loop, timeout, ceil_threshold, inclusive):
    when = loop.time() + timeout
    if timeout > ceil_threshold or (inclusive and timeout == ceil_threshold):
        when = math.ceil(when)
    return when


class TimerNoop:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return None

    def assert_timeout(self):
        return None


class TimerContext:
    """The tasks working under one request's `total` timeout; when it runs out they are
    cancelled and each leaves the context with `asyncio.TimeoutError`."""

    def __init__(self, loop):
        self._loop = loop
        self._tasks = []
        self._cancelled = False

    def assert_timeout(self):
        if self._cancelled:
            raise asyncio.TimeoutError from None

    def __enter__(self):
        task = asyncio.current_task()
        if task is None:
            raise RuntimeError("Timeout context manager should be used inside a task")
        if self._cancelled:
            raise asyncio.TimeoutError from None
        self._tasks.append(task)
        return self

    def __exit__(self, exc_type, exc, tb):
        task = self._tasks.pop() if self._tasks else None
        if exc_type is asyncio.CancelledError and self._cancelled:
            # The cancellation was ours: the task is not being cancelled any more.
            if task is not None:
                task.uncancel()
            raise asyncio.TimeoutError from None
        return None

    def timeout(self):
        if not self._cancelled:
            for task in list(self._tasks):
                task.cancel()
            self._cancelled = True


class TimeoutHandle:
    """The `total` timeout of one request: started before connecting, cancelled when the
    response's connection is released."""

    def __init__(self, loop, timeout, ceil_threshold=5):
        self._loop = loop
        self._timeout = timeout
        self._ceil_threshold = ceil_threshold
        self._callbacks = []

    def register(self, callback):
        self._callbacks.append(callback)

    def close(self):
        self._callbacks.clear()

    def start(self):
        if self._timeout is not None and self._timeout > 0:
            when = _deadline(self._loop, self._timeout, self._ceil_threshold, True)
            return self._loop.call_at(when, self._fire)
        return None

    def timer(self):
        if self._timeout is not None and self._timeout > 0:
            timer = TimerContext(self._loop)
            self.register(timer.timeout)
            return timer
        return TimerNoop()

    def _fire(self):
        for callback in self._callbacks:
            callback()
        self._callbacks.clear()


def ceil_timeout(delay, ceil_threshold=5):
    """`asyncio.timeout` for the connect timeouts, rounded up as aiohttp's."""
    if delay is None or delay <= 0:
        return asyncio.timeout(None)
    loop = asyncio.get_running_loop()
    return asyncio.timeout_at(_deadline(loop, delay, ceil_threshold, False))


class ReadTimeout:
    """`sock_read`: a read of the response that waits longer than this for data fails with
    `ServerTimeoutError('Timeout on reading data from socket')`."""

    def __init__(self, loop, timeout):
        self._loop = loop
        self._timeout = timeout

    async def read(self, awaitable):
        if not self._timeout:
            return await awaitable
        task = asyncio.current_task()
        fired = []

        def fire():
            fired.append(True)
            task.cancel()

        handle = self._loop.call_later(self._timeout, fire)
        try:
            return await awaitable
        except asyncio.CancelledError:
            if fired:
                task.uncancel()
                raise ServerTimeoutError("Timeout on reading data from socket") from None
            raise
        finally:
            handle.cancel()


class BasicAuth(namedtuple("BasicAuth", ["login", "password", "encoding"])):
    def __new__(cls, login, password="", encoding="latin1"):
        if login is None:
            raise ValueError("None is not allowed as login value")
        if password is None:
            raise ValueError("None is not allowed as password value")
        if ":" in login:
            raise ValueError('A ":" is not allowed in login (RFC 1945#section-11.1)')
        return super().__new__(cls, login, password, encoding)

    @classmethod
    def decode(cls, auth_header, encoding="latin1"):
        scheme, sep, token = auth_header.partition(" ")
        if not sep:
            raise ValueError("Could not parse authorization header.")
        if scheme.lower() != "basic":
            raise ValueError("Unknown authorization method %s" % scheme)
        try:
            text = base64.b64decode(token.encode("ascii"), validate=True).decode(encoding)
        except binascii.Error:
            raise ValueError("Invalid base64 encoding.")
        login, sep, password = text.partition(":")
        if not sep:
            raise ValueError("Invalid credentials.")
        return cls(login, password, encoding=encoding)

    @classmethod
    def from_url(cls, url, *, encoding="latin1"):
        if not isinstance(url, URL):
            raise TypeError("url should be yarl.URL instance")
        if url.user is None:
            return None
        return cls(url.user, url.password or "", encoding=encoding)

    def encode(self):
        pair = f"{self.login}:{self.password}".encode(self.encoding)
        return "Basic " + base64.b64encode(pair).decode(self.encoding)


def strip_auth_from_url(url):
    """The URL without its credentials, and the credentials (None without any)."""
    auth = BasicAuth.from_url(url)
    if auth is None:
        return url, None
    return url._copy(user=None, password=None), auth
