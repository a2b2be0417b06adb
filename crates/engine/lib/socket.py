# socket: the native _socket (socket objects over the virtual kernel) with what CPython's
# socket.py adds in Python: the AddressFamily and SocketKind enums (a socket's family and
# type, getaddrinfo's answers) and the module-level names programs use.

import _socket
from _socket import (
    SOL_SOCKET,
    SO_REUSEADDR,
    SO_TYPE,
    SO_ERROR,
    SO_SNDBUF,
    SO_RCVBUF,
    SO_KEEPALIVE,
    SO_BROADCAST,
    SO_LINGER,
    SO_REUSEPORT,
    SOL_TCP,
    SOL_UDP,
    IPPROTO_IP,
    IPPROTO_TCP,
    IPPROTO_UDP,
    TCP_NODELAY,
    SO_DONTROUTE,
    SO_OOBINLINE,
    SO_PRIORITY,
    SO_RCVLOWAT,
    SO_SNDLOWAT,
    SO_RCVTIMEO,
    SO_SNDTIMEO,
    SO_BINDTODEVICE,
    SO_ACCEPTCONN,
    SO_PROTOCOL,
    SO_DOMAIN,
    TCP_MAXSEG,
    TCP_CORK,
    TCP_KEEPIDLE,
    TCP_KEEPINTVL,
    TCP_KEEPCNT,
    TCP_DEFER_ACCEPT,
    TCP_QUICKACK,
    TCP_USER_TIMEOUT,
    TCP_FASTOPEN,
    IP_TOS,
    IP_TTL,
    IP_HDRINCL,
    IP_RECVTOS,
    IP_MULTICAST_IF,
    IP_MULTICAST_TTL,
    IP_MULTICAST_LOOP,
    IP_ADD_MEMBERSHIP,
    IP_DROP_MEMBERSHIP,
    IPPROTO_ICMP,
    IPPROTO_IPV6,
    IPPROTO_RAW,
    INADDR_ANY,
    INADDR_BROADCAST,
    INADDR_LOOPBACK,
    INADDR_NONE,
    SHUT_RD,
    SHUT_WR,
    SHUT_RDWR,
    NI_NUMERICHOST,
    NI_NUMERICSERV,
    NI_NOFQDN,
    NI_NAMEREQD,
    NI_DGRAM,
    NI_MAXHOST,
    NI_MAXSERV,
    SOMAXCONN,
    EAI_BADFLAGS,
    EAI_NONAME,
    EAI_AGAIN,
    EAI_FAIL,
    EAI_NODATA,
    EAI_FAMILY,
    EAI_SOCKTYPE,
    EAI_SERVICE,
    EAI_ADDRFAMILY,
    EAI_MEMORY,
    EAI_SYSTEM,
    EAI_OVERFLOW,
    socketpair,
    gethostname,
    gethostbyname,
    gethostbyaddr,
    getnameinfo,
    getservbyname,
    getservbyport,
    getprotobyname,
    getdefaulttimeout,
    setdefaulttimeout,
    inet_aton,
    inet_ntoa,
    htons,
    ntohs,
    htonl,
    ntohl,
    inet_pton,
    create_connection,
    socket,
    SocketType,
    error,
    timeout,
    gaierror,
    herror,
    has_ipv6,
)
from enum import IntEnum, IntFlag
import io

_socket_error = _socket.error


class AddressFamily(IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5
    SOCK_NONBLOCK = 2048
    SOCK_CLOEXEC = 524288


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_RDM = SocketKind.SOCK_RDM
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET
SOCK_NONBLOCK = SocketKind.SOCK_NONBLOCK
SOCK_CLOEXEC = SocketKind.SOCK_CLOEXEC


class AddressInfo(IntFlag):
    AI_PASSIVE = _socket.AI_PASSIVE
    AI_CANONNAME = _socket.AI_CANONNAME
    AI_NUMERICHOST = _socket.AI_NUMERICHOST
    AI_V4MAPPED = _socket.AI_V4MAPPED
    AI_ALL = _socket.AI_ALL
    AI_ADDRCONFIG = _socket.AI_ADDRCONFIG
    AI_NUMERICSERV = _socket.AI_NUMERICSERV


class MsgFlag(IntFlag):
    MSG_OOB = _socket.MSG_OOB
    MSG_PEEK = _socket.MSG_PEEK
    MSG_DONTROUTE = _socket.MSG_DONTROUTE
    MSG_CTRUNC = _socket.MSG_CTRUNC
    MSG_TRUNC = _socket.MSG_TRUNC
    MSG_DONTWAIT = _socket.MSG_DONTWAIT
    MSG_EOR = _socket.MSG_EOR
    MSG_WAITALL = _socket.MSG_WAITALL
    MSG_CONFIRM = _socket.MSG_CONFIRM
    MSG_ERRQUEUE = _socket.MSG_ERRQUEUE
    MSG_NOSIGNAL = _socket.MSG_NOSIGNAL
    MSG_MORE = _socket.MSG_MORE
    MSG_FASTOPEN = _socket.MSG_FASTOPEN
    MSG_CMSG_CLOEXEC = _socket.MSG_CMSG_CLOEXEC


# The module's AI_* and MSG_* names are the flags' members, as CPython's socket.py makes them.
globals().update(AddressInfo.__members__)
globals().update(MsgFlag.__members__)


def _intenum_converter(value, enum_klass):
    # An enum member when the value has one, else the int itself.
    try:
        return enum_klass(value)
    except ValueError:
        return value


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    answers = []
    for af, kind, proto, canonname, sa in _socket.getaddrinfo(host, port, family, type,
                                                               proto, flags):
        answers.append((_intenum_converter(af, AddressFamily),
                        _intenum_converter(kind, SocketKind),
                        proto, canonname, sa))
    return answers


def gethostbyname_ex(hostname):
    """`(name, aliases, addresses)` for a host: the canonical name getaddrinfo gives it and
    its one IPv4 address (`/etc/hosts` lists no aliases for localhost)."""
    if not isinstance(hostname, (str, bytes, bytearray)):
        # CPython's argument parser names None "None", not "NoneType".
        kind = "None" if hostname is None else type(hostname).__name__
        raise TypeError("gethostbyname_ex() argument 1 must be str, bytes or bytearray, "
                        f"not {kind}")
    if isinstance(hostname, (bytes, bytearray)):
        hostname = bytes(hostname).decode()
    if hostname == '':
        raise herror(3, 'Unknown server error')
    answers = getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    _, _, _, canonical, (address, _) = answers[0]
    return (canonical or hostname, [], [address])


def inet_ntop(family, packed_ip):
    """The text form of a packed IPv4 address (IPv6 is not modelled)."""
    if not isinstance(packed_ip, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not '{type(packed_ip).__name__}'")
    if family == AF_INET6:
        import _loopscope
        _loopscope.unsupported("`socket.inet_ntop(AF_INET6, ...)` (IPv6)")
    if family != AF_INET:
        raise ValueError(f"unknown address family {family}")
    packed_ip = bytes(packed_ip)
    if len(packed_ip) != 4:
        raise ValueError("invalid length of packed IP address string")
    return '.'.join(str(part) for part in packed_ip)


def getfqdn(name=''):
    """The fully qualified name of host `name` (this host's when empty): the first of the
    reverse lookup's name and aliases that has a dot, else that name; `name` itself when the
    lookup fails."""
    name = name.strip()
    if name in ('', '0.0.0.0', '::'):
        name = gethostname()
    try:
        hostname, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [hostname, *aliases]:
        if '.' in candidate:
            return candidate
    return hostname


class SocketIO(io.RawIOBase):
    """A raw file over a socket, what makefile() buffers: each read is one recv_into, each
    write one send."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        # After a timeout the buffered layers above may hold part of a message: reading on
        # could return garbage, so CPython refuses.
        self._timeout_occurred = False

    def _check_usable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def readinto(self, b):
        self._check_usable()
        if not self._reading:
            raise io.UnsupportedOperation("File or stream is not readable.")
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timeout_occurred = True
            raise

    def write(self, b):
        self._check_usable()
        if not self._writing:
            raise io.UnsupportedOperation("File or stream is not writable.")
        return self._sock.send(b)

    def readable(self):
        self._check_usable()
        return self._reading

    def writable(self):
        self._check_usable()
        return self._writing

    def seekable(self):
        self._check_usable()
        return False

    def fileno(self):
        self._check_usable()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        # The socket stays open unless its own close() was waiting for this file.
        if not self.closed:
            io.RawIOBase.close(self)
            self._sock._decref_socketios()
            self._sock = None


def _makefile(sock, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
    """socket.makefile (the native socket calls this): a buffered binary file over the
    socket, in text modes wrapped in a TextIOWrapper."""
    if not set(mode) <= {"r", "w", "b"}:
        raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
    writing = "w" in mode
    reading = "r" in mode or not writing
    binary = "b" in mode
    rawmode = ("r" if reading else "") + ("w" if writing else "")
    if buffering is None:
        buffering = -1
    if buffering < 0:
        buffering = io.DEFAULT_BUFFER_SIZE
    if buffering == 0 and not binary:
        raise ValueError("unbuffered streams must be binary")
    raw = SocketIO(sock, rawmode)
    if buffering == 0:
        return raw
    if reading and writing:
        buffer = io.BufferedRWPair(raw, raw, buffering)
    elif reading:
        buffer = io.BufferedReader(raw, buffering)
    else:
        buffer = io.BufferedWriter(raw, buffering)
    if binary:
        return buffer
    text = io.TextIOWrapper(buffer, encoding, errors, newline)
    text.mode = mode
    return text


def has_dualstack_ipv6():
    # The virtual network has no IPv6.
    return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    # A listening TCP socket bound to `address`, with SO_REUSEADDR as on Unix.
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno,
                        f'{err.strerror} (while attempting to bind on address {address!r})'
                        ) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise
