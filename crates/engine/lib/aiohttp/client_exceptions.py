"""aiohttp's client exceptions (3.9): the hierarchy, the attributes and the texts, e.g.
`Cannot connect to host api.example:80 ssl:default [Connect call failed ('192.0.2.2', 80)]`
and `404, message='Not Found', url=URL('http://api.example/missing')`."""

import asyncio

__all__ = (
    "ClientError", "ClientConnectionError", "ClientOSError", "ClientConnectorError",
    "ClientProxyConnectionError", "ClientSSLError", "ClientConnectorSSLError",
    "ClientConnectorCertificateError", "ServerConnectionError", "ServerTimeoutError",
    "ServerDisconnectedError", "ServerFingerprintMismatch", "ClientResponseError",
    "ClientHttpProxyError", "WSServerHandshakeError", "ContentTypeError",
    "ClientPayloadError", "InvalidURL", "TooManyRedirects",
)


class ClientError(Exception):
    """Base class for the client's errors."""


class ClientResponseError(ClientError):
    """An error about a response that arrived."""

    def __init__(self, request_info, history, *, code=None, status=None, message="",
                 headers=None):
        self.request_info = request_info
        if code is not None and status is not None:
            raise ValueError("Both code and status arguments are provided; "
                             "code is deprecated, use status instead")
        if status is not None:
            self.status = status
        elif code is not None:
            self.status = code
        else:
            self.status = 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return "{}, message={!r}, url={!r}".format(
            self.status, self.message, self.request_info.real_url)

    def __repr__(self):
        args = f"{self.request_info!r}, {self.history!r}"
        if self.status != 0:
            args += f", status={self.status!r}"
        if self.message != "":
            args += f", message={self.message!r}"
        if self.headers is not None:
            args += f", headers={self.headers!r}"
        return f"{type(self).__name__}({args})"

    @property
    def code(self):
        return self.status


class ContentTypeError(ClientResponseError):
    """The response's content type is not the one asked for."""


class WSServerHandshakeError(ClientResponseError):
    """Not raised here: websockets are not simulated."""


class ClientHttpProxyError(ClientResponseError):
    """Not raised here: proxies are not simulated."""


class TooManyRedirects(ClientResponseError):
    """Redirected more often than `max_redirects`."""


class ClientConnectionError(ClientError):
    """An error of the connection."""


class ClientOSError(ClientConnectionError, OSError):
    """An `OSError` while talking to the server."""


class ClientConnectorError(ClientOSError):
    """The connection could not be made (refused, unknown name, ...)."""

    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)
        # Kept as set by the OSError constructor (CPython stores them apart from `args`).
        self.errno = os_error.errno
        self.strerror = os_error.strerror

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return "Cannot connect to host {}:{} ssl:{} [{}]".format(
            self.host, self.port, "default" if self.ssl is True else self.ssl, self.strerror)


class ClientProxyConnectionError(ClientConnectorError):
    """Not raised here: proxies are not simulated."""


class ClientSSLError(ClientConnectorError):
    """Not raised here: TLS is not simulated."""


class ClientConnectorSSLError(ClientSSLError):
    """Not raised here: TLS is not simulated."""


class ClientConnectorCertificateError(ClientSSLError):
    """Not raised here: TLS is not simulated."""


class ServerConnectionError(ClientConnectionError):
    """The server's side of the connection failed."""


class ServerDisconnectedError(ServerConnectionError):
    """The server closed the connection before answering."""

    def __init__(self, message=None):
        if message is None:
            message = "Server disconnected"
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """A connect or read timeout ran out."""


class ServerFingerprintMismatch(ServerConnectionError):
    """Not raised here: TLS is not simulated."""


class ClientPayloadError(ClientError):
    """The response's body was cut short."""


class InvalidURL(ClientError, ValueError):
    """The URL cannot be requested (no host, ...)."""

    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.url}>"
