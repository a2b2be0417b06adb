"""A subset of aiohttp 3.9's client over Loopscope's simulated network: `ClientSession`
(`get`/`post`/`put`/`patch`/`delete`/`head`/`request`), responses (`status`, `reason`,
`headers`, `read`/`text`/`json`, `content`, `raise_for_status`), `ClientTimeout`,
`TCPConnector(limit=..., limit_per_host=...)` with kept-alive connections, `BasicAuth`,
and the client exceptions. Every host name resolves to a simulated HTTP server unless the
scenario header says otherwise (tests/conformance/NETWORK_MODEL.md); there is no TLS:
`https://` URLs talk plain HTTP to port 443. The server side (`aiohttp.web`) is not supported."""

__version__ = "3.9.5"

from ._multidict import CIMultiDict, CIMultiDictProxy
from ._url import URL
from .client import ClientSession, ClientTimeout, request
from .client_exceptions import (
    ClientConnectionError, ClientConnectorCertificateError, ClientConnectorError,
    ClientConnectorSSLError, ClientError, ClientHttpProxyError, ClientOSError,
    ClientPayloadError, ClientProxyConnectionError, ClientResponseError, ClientSSLError,
    ContentTypeError, InvalidURL, ServerConnectionError, ServerDisconnectedError,
    ServerFingerprintMismatch, ServerTimeoutError, TooManyRedirects, WSServerHandshakeError,
)
from .client_reqrep import (
    ClientResponse, HttpVersion, HttpVersion10, HttpVersion11, RequestInfo,
)
from .connector import BaseConnector, TCPConnector
from .helpers import BasicAuth
