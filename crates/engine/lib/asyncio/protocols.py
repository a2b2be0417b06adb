"""asyncio's protocol interfaces: the callbacks a transport makes into the program's code.
Every method is a no-op here; a protocol overrides the ones it needs."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol',
           'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """What every protocol hears: the connection starting and ending, and flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` is how to talk back."""

    def connection_lost(self, exc):
        """The connection is gone: `exc` is None after a plain EOF or close."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained to its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: bytes arrive through data_received()."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer will send nothing more. Returning a true value keeps our side open."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends the transport its own buffer to receive into."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next receive (sizehint is only a hint)."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written into the buffer get_buffer() returned."""

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol (UDP)."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from `addr`."""

    def error_received(self, exc):
        """A send or receive failed (e.g. an ICMP port unreachable): an OSError."""


class SubprocessProtocol(BaseProtocol):
    """The interface of a subprocess protocol (subprocesses themselves do not run here)."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote `data` to its stdout or stderr (`fd` 1 or 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""


def _feed_data_to_buffered_proto(proto, data):
    # Hands `data` to a BufferedProtocol in as many get_buffer()/buffer_updated() rounds as
    # its buffers need.
    remaining = memoryview(data) if not isinstance(data, memoryview) else data
    while len(remaining):
        buf = proto.get_buffer(len(remaining))
        room = len(buf)
        if not room:
            raise RuntimeError('get_buffer() returned an empty buffer')
        n = min(room, len(remaining))
        buf[:n] = remaining[:n]
        proto.buffer_updated(n)
        remaining = remaining[n:]
