"""A request's bytes and its response: the request line and headers in aiohttp 3.9's order
(`Host` first, then the caller's headers, then `Accept`, `Accept-Encoding`, `User-Agent`,
then the body's `Content-Length` and `Content-Type`), and `ClientResponse`, which reads the
status line and headers when the request returns and the body when asked (`read`, `text`,
`json`, `content`)."""

import asyncio
import json as _json

from ._multidict import CIMultiDict, CIMultiDictProxy
from ._url import URL, _encode_query
from .client_exceptions import (
    ClientOSError, ClientPayloadError, ClientResponseError, ContentTypeError,
    ServerDisconnectedError,
)
from .helpers import _unsupported

__all__ = ("ClientRequest", "ClientResponse", "RequestInfo")

USER_AGENT = "Python/3.11 aiohttp/3.9.5"
_MAX_LINE = 8190


class HttpVersion(tuple):
    def __new__(cls, major, minor):
        return tuple.__new__(cls, (major, minor))

    @property
    def major(self):
        return self[0]

    @property
    def minor(self):
        return self[1]

    def __repr__(self):
        return f"HttpVersion(major={self[0]}, minor={self[1]})"


HttpVersion10 = HttpVersion(1, 0)
HttpVersion11 = HttpVersion(1, 1)


class RequestInfo:
    def __init__(self, url, method, headers, real_url=None):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = url if real_url is None else real_url

    def __eq__(self, other):
        return (isinstance(other, RequestInfo) and self.url == other.url
                and self.method == other.method and self.real_url == other.real_url)

    def __repr__(self):
        return (f"RequestInfo(url={self.url!r}, method={self.method!r}, "
                f"headers={self.headers!r}, real_url={self.real_url!r})")


def _form_body(data):
    pairs = data.items() if hasattr(data, "items") else data
    return _encode_query(list(pairs)).encode("utf-8")


def build_request(method, url, headers, data, json_body, json_serialize, auth=None):
    """The request's headers (as sent) and its bytes."""
    netloc = url.host
    if not url.is_default_port():
        netloc = f"{netloc}:{url.port}"
    sent = CIMultiDict()
    sent["Host"] = netloc
    for key, value in headers.items():
        if key.lower() == "host":
            sent["Host"] = value
        else:
            sent.add(key, value)
    for key, value in (("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate"),
                       ("User-Agent", USER_AGENT)):
        if key not in sent:
            sent[key] = value
    if auth is not None:
        sent["Authorization"] = auth.encode()
    body = None
    content_type = None
    if json_body is not None:
        body = json_serialize(json_body).encode("utf-8")
        content_type = "application/json"
    elif data is not None:
        if isinstance(data, (bytes, bytearray, memoryview)):
            body, content_type = bytes(data), "application/octet-stream"
        elif isinstance(data, str):
            body, content_type = data.encode("utf-8"), "text/plain; charset=utf-8"
        elif isinstance(data, (dict, list, tuple)) or hasattr(data, "items"):
            body, content_type = _form_body(data), "application/x-www-form-urlencoded"
        else:
            raise TypeError(f"Unsupported body type {type(data).__name__!r}")
    elif method in ("POST", "PUT", "PATCH"):
        body, content_type = b"", "application/octet-stream"
    if body is not None:
        if "Content-Length" not in sent:
            sent["Content-Length"] = str(len(body))
        if "Content-Type" not in sent:
            sent["Content-Type"] = content_type
    head = f"{method} {url.raw_path_qs} HTTP/1.1\r\n"
    for key, value in sent.items():
        head += f"{key}: {value}\r\n"
    return sent, head.encode("utf-8") + b"\r\n" + (body or b"")


class StreamContent:
    """`response.content`: the body as a stream (`read`, `readline`, `iter_chunked`, ...)."""

    def __init__(self, response):
        self._response = response
        self._buffer = b""

    async def _more(self, n=65536):
        chunk = await self._response._next_chunk(n)
        self._buffer += chunk
        return bool(chunk)

    def at_eof(self):
        return not self._buffer and self._response._body_done

    # The rest of aiohttp's StreamReader: a clear stop, not an AttributeError that looks
    # like the program's mistake.
    _NOT_BUILT = frozenset({
        "total_bytes", "is_eof", "exception", "set_exception", "readuntil", "readchunk",
        "read_nowait", "unread_data", "iter_chunks", "feed_data", "feed_eof", "wait_eof",
        "on_eof", "get_read_buffer_limits",
    })

    def __getattr__(self, name):
        if name in StreamContent._NOT_BUILT:
            _unsupported(f"aiohttp's StreamReader.{name}")
        raise AttributeError(f"'StreamReader' object has no attribute {name!r}")

    async def read(self, n=-1):
        if n < 0:
            while await self._more():
                pass
            data, self._buffer = self._buffer, b""
            return data
        if not self._buffer:
            await self._more(n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readany(self):
        return await self.read(65536)

    async def readexactly(self, n):
        while len(self._buffer) < n:
            if not await self._more(n - len(self._buffer)):
                partial, self._buffer = self._buffer, b""
                raise asyncio.IncompleteReadError(partial, n)
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    async def readline(self):
        while b"\n" not in self._buffer:
            if not await self._more():
                data, self._buffer = self._buffer, b""
                return data
        end = self._buffer.index(b"\n") + 1
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return data

    async def iter_chunked(self, n):
        while True:
            chunk = await self.read(n)
            if not chunk:
                return
            yield chunk

    async def iter_any(self):
        while True:
            chunk = await self.readany()
            if not chunk:
                return
            yield chunk

    def __aiter__(self):
        return self._lines()

    async def _lines(self):
        while True:
            line = await self.readline()
            if not line:
                return
            yield line

    def __repr__(self):
        return "<StreamReader>"


class ClientResponse:
    """A response: status and headers on arrival, the body when read."""

    def __init__(self, method, url, *, request_info, timer, read_timeout, loop, session,
                 history=()):
        self.method = method
        self._url = url
        self._real_url = url
        self._request_info = request_info
        self._timer = timer
        self._read_timeout = read_timeout
        self._loop = loop
        self._session = session
        self._history = history
        self._connection = None
        self._channel = None
        self.status = None
        self.reason = None
        self.version = None
        self._headers = None
        self._raw_headers = ()
        self._body = None
        self._chunks = []
        self._body_done = False
        self._length = None
        self._chunked = False
        self._until_eof = False
        self._closed = True
        self._content = None

    # -- reading the head ---------------------------------------------------

    async def _readline(self):
        return await self._read_timeout.read(self._channel.reader.readline())

    async def start(self, connection):
        """Reads the status line and the headers."""
        self._connection = connection
        self._channel = connection.protocol
        self._closed = False
        try:
            line = await self._readline()
            while line in (b"\r\n", b"\n"):
                line = await self._readline()
            if not line:
                raise ServerDisconnectedError()
            version, status, reason = self._status_line(line)
            headers = CIMultiDict()
            raw = []
            while True:
                line = await self._readline()
                if not line:
                    raise ServerDisconnectedError()
                if line in (b"\r\n", b"\n"):
                    break
                text = line.decode("utf-8", "surrogateescape").rstrip("\r\n")
                name, sep, value = text.partition(":")
                if not sep or not name or name != name.strip():
                    raise ClientResponseError(
                        self._request_info, (), status=400,
                        message=f"Invalid header: {text!r}")
                headers.add(name, value.strip())
                raw.append((name.encode("utf-8"), value.strip().encode("utf-8")))
        except (ConnectionResetError, BrokenPipeError) as exc:
            raise ClientOSError(*exc.args) from exc
        self.version, self.status, self.reason = version, status, reason
        self._headers = CIMultiDictProxy(headers)
        self._raw_headers = tuple(raw)
        self._plan_body()
        self._take_buffered_body()
        return self

    def _status_line(self, line):
        text = line.decode("latin-1").rstrip("\r\n")
        parts = text.split(" ", 2)
        try:
            if len(parts) < 2 or not parts[0].startswith("HTTP/"):
                raise ValueError(text)
            major, minor = parts[0][5:].split(".")
            version = HttpVersion(int(major), int(minor))
            status = int(parts[1])
            if len(parts[1]) != 3:
                raise ValueError(text)
        except ValueError:
            raise ClientResponseError(self._request_info, (), status=400,
                                      message=f"Invalid status line: {text!r}") from None
        return version, status, parts[2] if len(parts) > 2 else ""

    def _plan_body(self):
        headers = self._headers
        connection = headers.get("Connection", "").lower()
        keep_alive = (connection != "close") if self.version >= HttpVersion11 \
            else connection == "keep-alive"
        if not keep_alive:
            self._channel.should_close = True
        no_body = (self.method == "HEAD" or self.status in (204, 304)
                   or 100 <= self.status < 200)
        if no_body:
            self._length = 0
        elif "chunked" in headers.get("Transfer-Encoding", "").lower():
            self._chunked = True
        elif "Content-Length" in headers:
            try:
                self._length = int(headers["Content-Length"])
            except ValueError:
                raise ClientResponseError(self._request_info, (), status=400,
                                          message="Invalid Content-Length") from None
        else:
            self._until_eof = True
            self._channel.should_close = True
        if self._length == 0:
            self._finish_body()

    def _take_buffered_body(self):
        """When the whole body came with the head, it is taken now and the connection goes
        back to the pool, as aiohttp's parser does as bytes arrive."""
        if self._body_done:
            return
        if self._chunked:
            self._take_buffered_chunks()
            return
        if self._length is None:
            return
        buffer = getattr(self._channel.reader, "_buffer", None)
        if buffer is not None and len(buffer) >= self._length:
            data = bytes(buffer[:self._length])
            del buffer[:self._length]
            self._chunks.append(data)
            self._length = 0
            self._finish_body()

    def _take_buffered_chunks(self):
        """A chunked body that has all arrived (up to its last chunk and the trailers) is
        taken as one, as for a body with a length above."""
        buffer = getattr(self._channel.reader, "_buffer", None)
        if buffer is None:
            return
        data = bytes(buffer)
        pos, chunks = 0, []
        while True:
            eol = data.find(b"\r\n", pos)
            if eol < 0:
                return
            try:
                size = int(data[pos:eol].split(b";")[0].strip(), 16)
            except ValueError:
                return
            pos = eol + 2
            if size == 0:
                break
            if len(data) < pos + size + 2:
                return
            chunks.append(data[pos:pos + size])
            pos += size + 2
        while True:
            eol = data.find(b"\r\n", pos)
            if eol < 0:
                return
            trailer, pos = data[pos:eol], eol + 2
            if not trailer:
                break
        del buffer[:pos]
        self._chunks.extend(c for c in chunks if c)
        self._finish_body()

    # -- the body -----------------------------------------------------------

    def _finish_body(self):
        # aiohttp's parser ends the response when the body ends: closed, connection back.
        self._body_done = True
        self._closed = True
        self._release_connection()

    async def _next_chunk(self, n=65536):
        """The next bytes of the body, `b''` at its end."""
        if self._chunks:
            return self._chunks.pop(0)
        if self._body_done:
            return b""
        if self._channel is None:
            raise ClientPayloadError("Connection closed")
        with self._timer:
            try:
                if self._chunked:
                    return await self._next_chunked()
                if self._until_eof:
                    data = await self._read_timeout.read(self._channel.reader.read(n))
                    if not data:
                        self._finish_body()
                    return data
                data = await self._read_timeout.read(
                    self._channel.reader.read(min(n, self._length)))
            except (ConnectionResetError, BrokenPipeError) as exc:
                self._close_connection()
                raise ClientPayloadError(
                    "Response payload is not completed: <ContentLengthError: 400, "
                    "message='Not enough data for satisfy content length header.'>. "
                    f"{exc!r}") from exc
            if not data:
                self._close_connection()
                raise ClientPayloadError(
                    "Response payload is not completed: <ContentLengthError: 400, "
                    "message='Not enough data for satisfy content length header.'>")
            self._length -= len(data)
            if self._length == 0:
                self._finish_body()
            return data

    async def _next_chunked(self):
        line = await self._read_timeout.read(self._channel.reader.readline())
        try:
            size = int(line.split(b";")[0].strip(), 16)
        except ValueError:
            self._close_connection()
            raise ClientPayloadError("Response payload is not completed") from None
        if size == 0:
            while True:
                trailer = await self._read_timeout.read(self._channel.reader.readline())
                if trailer in (b"\r\n", b"\n", b""):
                    break
            self._finish_body()
            return b""
        data = await self._read_timeout.read(self._channel.reader.readexactly(size + 2))
        return data[:-2]

    async def read(self):
        if self._body is None:
            chunks = []
            while True:
                chunk = await self._next_chunk()
                if not chunk:
                    break
                chunks.append(chunk)
            self._body = b"".join(chunks)
        return self._body

    def get_encoding(self):
        ctype = self.content_type.lower()
        if ctype == "application/json" or (ctype.startswith("application/")
                                           and ctype.endswith("+json")):
            return "utf-8"
        charset = self.charset
        return charset if charset else "utf-8"

    async def text(self, encoding=None, errors="strict"):
        if self._body is None:
            await self.read()
        return self._body.decode(encoding or self.get_encoding(), errors)

    async def json(self, *, encoding=None, loads=_json.loads,
                   content_type="application/json"):
        if self._body is None:
            await self.read()
        if content_type:
            # The raw header, parameters and all, as aiohttp checks and reports it.
            ctype = self.headers.get("Content-Type", "").lower()
            if not _is_expected_content_type(ctype, content_type):
                raise ContentTypeError(
                    self._request_info, self._history,
                    message=f"Attempt to decode JSON with unexpected mimetype: {ctype}",
                    headers=self.headers)
        stripped = self._body.strip()
        if not stripped:
            return None
        return loads(stripped.decode(encoding or self.get_encoding()))

    @property
    def content(self):
        if self._content is None:
            self._content = StreamContent(self)
        return self._content

    # -- the connection -----------------------------------------------------

    def _release_connection(self):
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.release()

    def _close_connection(self):
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.close()
        self._channel = None

    def release(self):
        """Gives the connection back (closed if the body was not all read)."""
        if not self._body_done:
            self._take_buffered_body()
        if self._body_done:
            self._release_connection()
        else:
            self._close_connection()
        self._closed = True
        return _noop()

    def close(self):
        if not self._closed:
            self._closed = True
        self._close_connection()

    async def wait_for_close(self):
        self.release()

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self._request_info, self._history, status=self.status,
                                      message=self.reason, headers=self.headers)

    # -- attributes ---------------------------------------------------------

    @property
    def url(self):
        return self._url

    @property
    def real_url(self):
        return self._real_url

    @property
    def host(self):
        return self._url.host

    @property
    def headers(self):
        return self._headers

    @property
    def raw_headers(self):
        return self._raw_headers

    @property
    def request_info(self):
        return self._request_info

    @property
    def history(self):
        return self._history

    @property
    def connection(self):
        return self._connection

    @property
    def closed(self):
        # aiohttp parses bytes as they arrive: a body that has all arrived has ended it.
        if not self._closed and self._channel is not None:
            self._take_buffered_body()
        return self._closed

    @property
    def ok(self):
        return self.status < 400

    @property
    def cookies(self):
        _unsupported("aiohttp cookies (ClientResponse.cookies)")

    @property
    def links(self):
        _unsupported("aiohttp's ClientResponse.links")

    @property
    def content_disposition(self):
        if self._headers is None or "Content-Disposition" not in self._headers:
            return None
        _unsupported("aiohttp's ClientResponse.content_disposition")

    def _content_type_parts(self):
        raw = self._headers.get("Content-Type") if self._headers is not None else None
        if raw is None:
            return "application/octet-stream", {}
        parts = raw.split(";")
        ctype = parts[0].strip().lower() or "text/plain"
        params = {}
        for p in parts[1:]:
            key, sep, value = p.strip().partition("=")
            if sep:
                params[key.strip().lower()] = value.strip().strip('"')
        return ctype, params

    @property
    def content_type(self):
        return self._content_type_parts()[0]

    @property
    def charset(self):
        return self._content_type_parts()[1].get("charset")

    @property
    def content_length(self):
        value = self._headers.get("Content-Length") if self._headers is not None else None
        return None if value is None else int(value)

    def __repr__(self):
        reason = self.reason if self.reason else "None"
        reason = reason.encode("ascii", "backslashreplace").decode("ascii")
        return f"<ClientResponse({self._url}) [{self.status} {reason}]>\n{self.headers!r}\n"

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
        await self.wait_for_close()


class _noop:
    """`release()`'s result: awaiting it is allowed (aiohttp's old API) and does nothing."""

    def __await__(self):
        return iter(())


def _is_expected_content_type(ctype, expected):
    """aiohttp's test: for JSON, `application/json` or `application/<x>+json` at the start
    (`; charset=...` may follow); for any other type, the expected text anywhere in it."""
    if expected != "application/json":
        return expected in ctype
    if not ctype.startswith("application/"):
        return False
    rest = ctype[len("application/"):]
    if rest.startswith("json"):
        return True
    for i, c in enumerate(rest):
        if c == "+" and i > 0 and rest.startswith("json", i + 1):
            return True
        if not (c.isalnum() or c in "_.+-"):
            return False
    return False
