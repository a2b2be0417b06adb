"""`ClientSession` and `ClientTimeout`: a request resolves its URL, takes a connection from
the session's `TCPConnector` (kept-alive or new) under the connect timeouts, sends the
request, reads the response's head under the `total` timeout, and hands back the
response; `session.get(...)` is both awaitable and an async context manager that releases
the response on exit. The network under it is Loopscope's simulated one."""

import asyncio
import json as _json
import warnings

from ._multidict import CIMultiDict
from ._url import URL
from .client_exceptions import (
    ClientError, ClientOSError, InvalidURL, ServerTimeoutError, TooManyRedirects,
)
from .client_reqrep import ClientResponse, HttpVersion11, RequestInfo, build_request
from .connector import ConnectionKey, TCPConnector
from .helpers import (
    BasicAuth, ReadTimeout, TimeoutHandle, _unsupported, ceil_timeout, strip_auth_from_url,
)
from ._multidict import CIMultiDictProxy

__all__ = ("ClientSession", "ClientTimeout", "request")

_SENTINEL = object()


class ClientTimeout:
    """The timeouts of a request: `total` for all of it, `connect` to get a connection
    (waiting for a free one included), `sock_connect` for the TCP connect alone,
    `sock_read` for each wait for response data."""

    __slots__ = ("total", "connect", "sock_read", "sock_connect", "ceil_threshold")

    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None,
                 ceil_threshold=5):
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "connect", connect)
        object.__setattr__(self, "sock_read", sock_read)
        object.__setattr__(self, "sock_connect", sock_connect)
        object.__setattr__(self, "ceil_threshold", ceil_threshold)

    def __setattr__(self, name, value):
        raise AttributeError(f"can't set attribute {name!r} of a frozen ClientTimeout")

    def _fields(self):
        return (self.total, self.connect, self.sock_read, self.sock_connect, self.ceil_threshold)

    def __eq__(self, other):
        if not isinstance(other, ClientTimeout):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self):
        return ("ClientTimeout(total={!r}, connect={!r}, sock_read={!r}, sock_connect={!r}, "
                "ceil_threshold={!r})").format(*self._fields())


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)

_UNSUPPORTED_ARGS = ("cookies", "proxy", "proxy_auth", "ssl_context", "fingerprint",
                     "compress", "chunked", "expect100", "trace_configs", "cookie_jar",
                     "proxy_headers", "server_hostname")


class ClientSession:
    """Makes HTTP requests over a pool of kept-alive connections."""

    # What `__del__` finds when `__init__` did not get as far (a wrong argument).
    _connector = None
    _closed = True

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None,
                 headers=None, skip_auto_headers=None, auth=None, json_serialize=_json.dumps,
                 request_class=None, response_class=None, ws_response_class=None,
                 version=None, cookie_jar=None, connector_owner=True,
                 raise_for_status=False, read_timeout=_SENTINEL, conn_timeout=None,
                 timeout=_SENTINEL, auto_decompress=True, trust_env=False,
                 requote_redirect_url=True, trace_configs=None, read_bufsize=2 ** 16,
                 max_line_size=8190, max_field_size=8190, fallback_charset_resolver=None):
        for name, value in (("cookies", cookies), ("cookie_jar", cookie_jar),
                            ("trace_configs", trace_configs)):
            if value:
                _unsupported(f"aiohttp.ClientSession({name}=...)")
        if request_class is not None or response_class is not None:
            _unsupported("aiohttp.ClientSession with request or response classes of its own")
        self._base_url = None if base_url is None else URL(base_url)
        self._loop = asyncio.get_running_loop()
        if connector is None:
            connector = TCPConnector(loop=self._loop)
        self._connector = connector
        self._connector_owner = connector_owner
        self._default_headers = CIMultiDict(headers) if headers else CIMultiDict()
        self._json_serialize = json_serialize
        self._raise_for_status = raise_for_status
        if timeout is _SENTINEL or timeout is None:
            self._timeout = DEFAULT_TIMEOUT
        else:
            self._timeout = timeout
        self._trust_env = trust_env
        self._default_auth = auth
        self._version = HttpVersion11 if version is None else version
        self._skip_auto_headers = frozenset(skip_auto_headers or ())
        self._auto_decompress = auto_decompress
        self._requote_redirect_url = requote_redirect_url
        self._trace_configs = []
        self._closed = False

    def __del__(self):
        # aiohttp reports a session nobody closed when it is freed, through the loop's
        # exception handler (its ResourceWarning is ignored by default).
        if not self.closed:
            warnings.warn(f"Unclosed client session {self!r}", ResourceWarning, source=self)
            self._loop.call_exception_handler(
                {"client_session": self, "message": "Unclosed client session"})

    def __repr__(self):
        return f"<aiohttp.client.ClientSession object at {hex(id(self))}>"

    # -- requests -----------------------------------------------------------

    def request(self, method, url, **kwargs):
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return self.request("GET", url, allow_redirects=allow_redirects, **kwargs)

    def options(self, url, *, allow_redirects=True, **kwargs):
        return self.request("OPTIONS", url, allow_redirects=allow_redirects, **kwargs)

    def head(self, url, *, allow_redirects=False, **kwargs):
        return self.request("HEAD", url, allow_redirects=allow_redirects, **kwargs)

    def post(self, url, *, data=None, **kwargs):
        return self.request("POST", url, data=data, **kwargs)

    def put(self, url, *, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, *, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)

    def ws_connect(self, *args, **kwargs):
        _unsupported("aiohttp websockets (ClientSession.ws_connect)")

    def _build_url(self, str_or_url):
        url = URL(str_or_url)
        if self._base_url is None:
            return url
        return self._base_url.join(url)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       headers=None, skip_auto_headers=None, allow_redirects=True,
                       max_redirects=10, raise_for_status=None, read_until_eof=True,
                       timeout=_SENTINEL, ssl=True, verify_ssl=None, read_bufsize=None,
                       auth=None, **unsupported):
        for name in unsupported:
            if name in _UNSUPPORTED_ARGS:
                _unsupported(f"aiohttp request argument {name}=...")
            raise TypeError(
                f"ClientSession._request() got an unexpected keyword argument '{name}'")
        if self._closed:
            raise RuntimeError("Session is closed")
        if data is not None and json is not None:
            raise ValueError("data and json parameters can not be used at the same time")
        method = method.upper()
        try:
            url = self._build_url(str_or_url)
        except ValueError as e:
            raise InvalidURL(str_or_url) from e
        if params:
            url = url.update_query(params)
        if url.host is None:
            raise InvalidURL(url)
        url, auth_from_url = strip_auth_from_url(url)
        if auth and auth_from_url:
            raise ValueError("Cannot combine AUTH argument with credentials encoded in URL")
        if auth is None:
            auth = auth_from_url
        if auth is None:
            auth = self._default_auth
        if headers is not None and auth is not None and "Authorization" in CIMultiDict(headers):
            raise ValueError("Cannot combine AUTHORIZATION header with AUTH argument or "
                             "credentials encoded in URL")
        if auth is not None and not isinstance(auth, BasicAuth):
            raise TypeError("BasicAuth() tuple is required instead")
        all_headers = CIMultiDict(self._default_headers)
        if headers:
            all_headers.update(CIMultiDict(headers))
        if timeout is _SENTINEL:
            real_timeout = self._timeout
        elif not isinstance(timeout, ClientTimeout):
            real_timeout = ClientTimeout(total=timeout)
        else:
            real_timeout = timeout
        tm = TimeoutHandle(self._loop, real_timeout.total,
                           ceil_threshold=real_timeout.ceil_threshold)
        handle = tm.start()
        timer = tm.timer()
        history = []
        redirects = 0
        try:
            with timer:
                while True:
                    key = ConnectionKey(url.host, url.port, url.scheme == "https", ssl)
                    try:
                        async with ceil_timeout(real_timeout.connect,
                                                ceil_threshold=real_timeout.ceil_threshold):
                            conn = await self._connector.connect(key, real_timeout)
                    except asyncio.TimeoutError as exc:
                        raise ServerTimeoutError(f"Connection timeout to host {url}") from exc
                    sent_headers, raw = build_request(method, url, all_headers, data, json,
                                                      self._json_serialize, auth)
                    request_info = RequestInfo(url, method, CIMultiDictProxy(sent_headers))
                    resp = ClientResponse(
                        method, url, request_info=request_info, timer=timer,
                        read_timeout=ReadTimeout(self._loop, real_timeout.sock_read),
                        loop=self._loop, session=self, history=tuple(history))
                    try:
                        try:
                            conn.protocol.writer.write(raw)
                            await resp.start(conn)
                        except BaseException:
                            resp.close()
                            conn.close()
                            raise
                    except ClientError:
                        raise
                    except OSError as exc:
                        if exc.errno is None and isinstance(exc, asyncio.TimeoutError):
                            raise
                        raise ClientOSError(*exc.args) from exc
                    if resp.status in (301, 302, 303, 307, 308) and allow_redirects:
                        redirects += 1
                        history.append(resp)
                        if max_redirects and redirects >= max_redirects:
                            resp.close()
                            raise TooManyRedirects(history[0].request_info, tuple(history))
                        if (resp.status == 303 and method != "HEAD") or (
                                resp.status in (301, 302) and method == "POST"):
                            method = "GET"
                            data = json = None
                        location = resp.headers.get("Location") or resp.headers.get("URI")
                        if location is None:
                            break
                        await resp.read()
                        resp.release()
                        try:
                            target = URL(location)
                        except ValueError as e:
                            raise InvalidURL(location) from e
                        if target.scheme not in ("http", "https", ""):
                            raise ValueError("Can redirect only to http or https")
                        if not target.scheme:
                            target = url.join(target)
                        url = target
                        continue
                    break
            if raise_for_status is None:
                raise_for_status = self._raise_for_status
            if callable(raise_for_status):
                await raise_for_status(resp)
            elif raise_for_status:
                resp.raise_for_status()
            if handle is not None:
                if resp.connection is not None:
                    resp.connection.add_callback(handle.cancel)
                else:
                    handle.cancel()
            return resp
        except BaseException:
            tm.close()
            if handle is not None:
                handle.cancel()
            raise

    # -- the session --------------------------------------------------------

    async def close(self):
        if not self._closed:
            if self._connector is not None and self._connector_owner:
                await self._connector.close()
            self._connector = None
            self._closed = True

    @property
    def closed(self):
        # As aiohttp: a session whose connector was closed or detached is closed too.
        return self._closed or self._connector is None or self._connector.closed

    @property
    def connector(self):
        return self._connector

    @property
    def connector_owner(self):
        return self._connector_owner

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return self._default_headers

    @property
    def loop(self):
        return self._loop

    @property
    def raise_for_status(self):
        return self._raise_for_status

    @property
    def trust_env(self):
        return self._trust_env

    @property
    def auth(self):
        return self._default_auth

    @property
    def version(self):
        return self._version

    @property
    def json_serialize(self):
        return self._json_serialize

    @property
    def skip_auto_headers(self):
        return self._skip_auto_headers

    @property
    def auto_decompress(self):
        return self._auto_decompress

    @property
    def requote_redirect_url(self):
        return self._requote_redirect_url

    @property
    def trace_configs(self):
        return self._trace_configs

    @property
    def cookie_jar(self):
        _unsupported("aiohttp cookies (ClientSession.cookie_jar)")

    def detach(self):
        self._connector = None

    def __enter__(self):
        raise TypeError("Use async with instead")

    def __exit__(self, exc_type, exc, tb):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


class _RequestContextManager:
    """What `session.get(...)` returns: awaitable (the response) and an async context
    manager (the response, released on exit)."""

    __slots__ = ("_coro", "_resp")

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._resp.wait_for_close()


class _SessionRequestContextManager:
    """`aiohttp.request(...)`: a one-off session closed with the response."""

    __slots__ = ("_coro", "_resp", "_session")

    def __init__(self, coro, session):
        self._coro = coro
        self._resp = None
        self._session = session

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.close()
        await self._session.close()


def request(method, url, *, params=None, data=None, json=None, headers=None,
            allow_redirects=True, max_redirects=10, raise_for_status=None,
            timeout=_SENTINEL, connector=None, read_until_eof=True, **kwargs):
    """A request in a session of its own: `async with aiohttp.request("GET", url) as r:`."""
    connector_owner = False
    if connector is None:
        connector_owner = True
        connector = TCPConnector(force_close=True)
    session = ClientSession(timeout=timeout, connector=connector,
                            connector_owner=connector_owner)
    return _SessionRequestContextManager(
        session._request(method, url, params=params, data=data, json=json, headers=headers,
                         allow_redirects=allow_redirects, max_redirects=max_redirects,
                         raise_for_status=raise_for_status, read_until_eof=read_until_eof,
                         **kwargs),
        session)
