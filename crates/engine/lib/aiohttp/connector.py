"""`TCPConnector`: opens HTTP connections over asyncio's streams and keeps them for the next
request to the same host (keep-alive), within `limit` connections in all and
`limit_per_host` per host; a request beyond the limit waits for a connection to come back.
One difference from aiohttp: when a connection comes back, the waiting hosts are tried in
the order they started waiting (aiohttp shuffles them), so a run is deterministic."""

import asyncio
import warnings

from .client_exceptions import ClientConnectionError, ClientConnectorError
from .helpers import _unsupported, ceil_timeout

__all__ = ("BaseConnector", "TCPConnector")


class ConnectionKey:
    """What pooled connections are shared by: host, port and the TLS settings."""

    def __init__(self, host, port, is_ssl, ssl=True, proxy=None, proxy_auth=None,
                 proxy_headers_hash=None):
        self.host = host
        self.port = port
        self.is_ssl = is_ssl
        self.ssl = ssl
        self.proxy = proxy
        self.proxy_auth = proxy_auth
        self.proxy_headers_hash = proxy_headers_hash

    def _tuple(self):
        return (self.host, self.port, self.is_ssl, self.ssl, self.proxy, self.proxy_auth,
                self.proxy_headers_hash)

    def __eq__(self, other):
        return isinstance(other, ConnectionKey) and self._tuple() == other._tuple()

    def __hash__(self):
        return hash(self._tuple())

    def __repr__(self):
        return ("ConnectionKey(host={!r}, port={!r}, is_ssl={!r}, ssl={!r}, proxy={!r}, "
                "proxy_auth={!r}, proxy_headers_hash={!r})").format(*self._tuple())


class _Channel:
    """One open TCP connection: its stream reader and writer."""

    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer
        self.should_close = False

    def is_connected(self):
        if self.writer.is_closing():
            return False
        return not self.reader.at_eof() and self.reader.exception() is None

    def close(self):
        if not self.writer.is_closing():
            self.writer.close()

    def __repr__(self):
        # What aiohttp keeps in the pool is its protocol object.
        return f"<aiohttp.client_proto.ResponseHandler object at {hex(id(self))}>"


class Connection:
    """A pooled connection lent to one request."""

    def __init__(self, connector, key, channel, loop):
        self._connector = connector
        self._key = key
        self._channel = channel
        self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return f"Connection<{self._key}>"

    @property
    def protocol(self):
        return self._channel

    @property
    def transport(self):
        return None if self._channel is None else self._channel.writer.transport

    @property
    def closed(self):
        return self._channel is None or not self._channel.is_connected()

    def add_callback(self, callback):
        if callback is not None:
            self._callbacks.append(callback)

    def _notify_release(self):
        callbacks, self._callbacks = self._callbacks[:], []
        for cb in callbacks:
            cb()

    def close(self):
        self._notify_release()
        if self._channel is not None:
            self._connector._release(self._key, self._channel, should_close=True)
            self._channel = None

    def release(self):
        self._notify_release()
        if self._channel is not None:
            self._connector._release(self._key, self._channel,
                                     should_close=self._channel.should_close)
            self._channel = None


class BaseConnector:
    # What `__del__` finds when `__init__` did not get as far (a wrong argument).
    _closed = True

    def __init__(self, *, keepalive_timeout=15.0, force_close=False, limit=100,
                 limit_per_host=0, enable_cleanup_closed=False, loop=None,
                 timeout_ceil_threshold=5):
        if force_close and keepalive_timeout is not None and keepalive_timeout != 15.0:
            raise ValueError("keepalive_timeout cannot be set if force_close is True")
        self._loop = loop or asyncio.get_running_loop()
        self._closed = False
        self._conns = {}
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._acquired = set()
        self._acquired_per_host = {}
        self._keepalive_timeout = keepalive_timeout
        self._force_close = force_close
        self._waiters = {}
        self._timeout_ceil_threshold = timeout_ceil_threshold

    @property
    def limit(self):
        return self._limit

    @property
    def limit_per_host(self):
        return self._limit_per_host

    @property
    def force_close(self):
        return self._force_close

    @property
    def closed(self):
        return self._closed

    def __del__(self):
        # aiohttp reports a connector nobody closed that still keeps connections, when it is
        # freed (closing them), through the loop's exception handler.
        if self._closed or not self._conns:
            return
        conns = [repr(c) for c in self._conns.values()]
        self._close()
        warnings.warn(f"Unclosed connector {self!r}", ResourceWarning, source=self)
        self._loop.call_exception_handler(
            {"connector": self, "connections": conns, "message": "Unclosed connector"})

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type=None, exc=None, tb=None):
        await self.close()

    async def close(self):
        self._close()

    def _close(self):
        if self._closed:
            return
        self._closed = True
        for key in list(self._conns):
            for channel, _ in self._conns[key]:
                channel.close()
        for channel in list(self._acquired):
            if isinstance(channel, _Channel):
                channel.close()
        for waiters in self._waiters.values():
            for waiter in waiters:
                if not waiter.done():
                    waiter.cancel()
        self._conns.clear()
        self._acquired.clear()
        self._acquired_per_host.clear()
        self._waiters.clear()

    def _available_connections(self, key):
        if self._limit:
            available = self._limit - len(self._acquired)
            if self._limit_per_host and available > 0 and key in self._acquired_per_host:
                available = self._limit_per_host - len(self._acquired_per_host[key])
        elif self._limit_per_host and key in self._acquired_per_host:
            available = self._limit_per_host - len(self._acquired_per_host[key])
        else:
            available = 1
        return available

    def _acquire(self, key, channel):
        self._acquired.add(channel)
        self._acquired_per_host.setdefault(key, set()).add(channel)

    def _drop_acquired(self, key, channel):
        self._acquired.discard(channel)
        per_host = self._acquired_per_host.get(key)
        if per_host is not None:
            per_host.discard(channel)
            if not per_host:
                del self._acquired_per_host[key]

    async def connect(self, key, timeout):
        """A connection for `key`: a kept-alive one, or a new one once the limits allow."""
        if self._available_connections(key) <= 0 or key in self._waiters:
            fut = self._loop.create_future()
            self._waiters.setdefault(key, []).append(fut)
            try:
                await fut
            except BaseException:
                waiters = self._waiters.get(key)
                if waiters is not None and fut in waiters:
                    waiters.remove(fut)
                raise
            finally:
                if key in self._waiters and not self._waiters[key]:
                    del self._waiters[key]
        channel = self._get(key)
        if channel is None:
            placeholder = object()
            self._acquire(key, placeholder)
            try:
                channel = await self._create_connection(key, timeout)
                if self._closed:
                    channel.close()
                    raise ClientConnectionError("Connector is closed.")
            except BaseException:
                if not self._closed:
                    self._drop_acquired(key, placeholder)
                    self._release_waiter()
                raise
            else:
                if not self._closed:
                    self._drop_acquired(key, placeholder)
        self._acquire(key, channel)
        return Connection(self, key, channel, self._loop)

    def _get(self, key):
        conns = self._conns.get(key)
        if not conns:
            return None
        now = self._loop.time()
        while conns:
            channel, since = conns.pop()
            if channel.is_connected():
                if self._keepalive_timeout is not None and now - since > self._keepalive_timeout:
                    channel.close()
                else:
                    if not conns:
                        del self._conns[key]
                    return channel
            else:
                channel.close()
        del self._conns[key]
        return None

    def _release_waiter(self):
        for key in list(self._waiters):
            if self._available_connections(key) < 1:
                continue
            waiters = self._waiters[key]
            while waiters:
                waiter = waiters.pop(0)
                if not waiter.done():
                    waiter.set_result(None)
                    return

    def _release(self, key, channel, *, should_close=False):
        if self._closed:
            return
        self._drop_acquired(key, channel)
        self._release_waiter()
        if self._force_close or should_close or channel.should_close:
            channel.close()
        else:
            self._conns.setdefault(key, []).append((channel, self._loop.time()))

    async def _create_connection(self, key, timeout):
        raise NotImplementedError


class TCPConnector(BaseConnector):
    def __init__(self, *, verify_ssl=True, fingerprint=None, use_dns_cache=True,
                 ttl_dns_cache=10, family=0, ssl_context=None, ssl=True, local_addr=None,
                 resolver=None, keepalive_timeout=15.0, force_close=False, limit=100,
                 limit_per_host=0, enable_cleanup_closed=False, loop=None,
                 timeout_ceil_threshold=5):
        super().__init__(keepalive_timeout=keepalive_timeout, force_close=force_close,
                         limit=limit, limit_per_host=limit_per_host,
                         enable_cleanup_closed=enable_cleanup_closed, loop=loop,
                         timeout_ceil_threshold=timeout_ceil_threshold)
        if ssl_context is not None or fingerprint is not None or ssl not in (True, False, None):
            _unsupported("aiohttp.TCPConnector with an SSL context or fingerprint "
                         "(the simulated network has no TLS)")
        if local_addr is not None or resolver is not None:
            _unsupported("aiohttp.TCPConnector(local_addr=..., resolver=...)")
        self._ssl = ssl
        self._family = family
        self._use_dns_cache = use_dns_cache

    @property
    def family(self):
        return self._family

    @property
    def use_dns_cache(self):
        return self._use_dns_cache

    async def _create_connection(self, key, timeout):
        try:
            async with ceil_timeout(timeout.sock_connect,
                                    ceil_threshold=timeout.ceil_threshold):
                reader, writer = await asyncio.open_connection(key.host, key.port)
        except OSError as exc:
            if exc.errno is None and isinstance(exc, asyncio.TimeoutError):
                raise
            raise ClientConnectorError(key, exc) from exc
        return _Channel(reader, writer)
