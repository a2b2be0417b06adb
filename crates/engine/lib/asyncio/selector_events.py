# The loop methods CPython's BaseSelectorEventLoop writes in Python. The loop itself is native
# (its cycle, selector, add_reader/add_writer and their _add_*/_remove_* forms); the
# functions of the class below become methods of the loop's class the first time a loop is
# asked for an attribute it lacks (crates/engine/src/asyncio/io.rs, `loop_library_attr`;
# lib/README.md, "Loop methods in Python"). The class is named as CPython's so that reprs
# and tracebacks name its functions `BaseSelectorEventLoop._sock_recv` as CPython does; once
# loaded, the module's `BaseSelectorEventLoop` is the loop's own class.

import functools
import socket

# ---------------------------------------------------------------------------------------
# Loop-side methods: sock_*, name resolution (netcore).
# ---------------------------------------------------------------------------------------


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    # The address when `host` is already a numeric IPv4 address (no resolution needed),
    # None otherwise.
    if host is None or proto not in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP):
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == '' or port == b'':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None
    if family not in (socket.AF_UNSPEC, socket.AF_INET):
        return None
    if isinstance(host, bytes):
        host = host.decode('ascii')
    try:
        socket.inet_pton(socket.AF_INET, host)
    except OSError:
        return None
    return socket.AF_INET, type, proto, '', (host, port)











def _lookup_into(fut, lookup, *args):
    # What the default executor's thread does for getaddrinfo/getnameinfo, delivered one
    # loop turn later as the thread's result is (call_soon_threadsafe of the copied state).
    if fut.done():
        return
    try:
        result = lookup(*args)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(result)


class BaseSelectorEventLoop:

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        fut = self.create_future()
        self.call_soon(_lookup_into, fut, socket.getaddrinfo, host, port, family, type, proto,
                       flags)
        return await fut

    async def getnameinfo(self, sockaddr, flags=0):
        # As getaddrinfo: the executor thread's socket.getnameinfo, one turn later.
        fut = self.create_future()
        self.call_soon(_lookup_into, fut, socket.getnameinfo, sockaddr, flags)
        return await fut

    async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0, loop):
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])
        if info is not None:
            return [info]
        return await loop.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    def _check_nonblocking(self, sock):
        if self.get_debug() and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")
































































































































































































































































    # The blank lines around the sock_* coroutines keep each one's `def` and its awaits on
    # the lines CPython's selector_events.py has them: task reprs show them (`running at
    # <stdlib>/asyncio/selector_events.py:377`). crates/engine/tests/network.rs checks them;
    # add new code below the coroutines, or keep the lines.

    async def sock_recv(self, sock, n):
        self._check_nonblocking(sock)
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, self._sock_recv, fut, sock, n)
        fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))









        return await fut

    def _sock_read_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_reader(fd)

    def _sock_recv(self, fut, sock, n):
        if fut.done():
            return
        try:
            data = sock.recv(n)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(data)



    async def sock_recv_into(self, sock, buf):
        self._check_nonblocking(sock)
        try:
            return sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, self._sock_recv_into, fut, sock, buf)
        fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))








        return await fut

    def _sock_recv_into(self, fut, sock, buf):
        if fut.done():
            return
        try:
            n = sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(n)




    async def sock_recvfrom(self, sock, bufsize):
        self._check_nonblocking(sock)
        try:
            return sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, self._sock_recvfrom, fut, sock, bufsize)
        fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))










        return await fut

    def _sock_recvfrom(self, fut, sock, bufsize):
        if fut.done():
            return
        try:
            result = sock.recvfrom(bufsize)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)




    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        if self.get_debug() and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")
        if not nbytes:
            nbytes = len(buf)
        try:
            return sock.recvfrom_into(buf, nbytes)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_reader(fd, self._sock_recvfrom_into, fut, sock, buf, nbytes)
        fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))









        return await fut

    def _sock_recvfrom_into(self, fut, sock, buf, bufsize):
        if fut.done():
            return
        try:
            result = sock.recvfrom_into(buf, bufsize)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)




    async def sock_sendall(self, sock, data):
        self._check_nonblocking(sock)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        # The position so far lives in a one-item list the callback updates.
        handle = self._add_writer(fd, self._sock_sendall, fut, sock, memoryview(data), [n])
        fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))















        return await fut

    def _sock_sendall(self, fut, sock, view, pos):
        if fut.done():
            return
        start = pos[0]
        try:
            n = sock.send(view[start:])
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
            return
        start += n
        if start == len(view):
            fut.set_result(None)
        else:
            pos[0] = start




    async def sock_sendto(self, sock, data, address):
        self._check_nonblocking(sock)
        try:
            return sock.sendto(data, address)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        handle = self._add_writer(fd, self._sock_sendto, fut, sock, data, address)
        fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))














        return await fut

    def _sock_sendto(self, fut, sock, data, address):
        if fut.done():
            return
        try:
            n = sock.sendto(data, 0, address)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(n)


    async def sock_connect(self, sock, address):
        self._check_nonblocking(sock)
        if sock.family == socket.AF_INET:








            resolved = await self._ensure_resolved(
                address, family=sock.family, type=sock.type, proto=sock.proto, loop=self)
            _, _, _, _, address = resolved[0]
        fut = self.create_future()
        self._sock_connect(fut, sock, address)
        try:



            return await fut
        finally:
            fut = None

    def _sock_connect(self, fut, sock, address):
        fd = sock.fileno()
        try:
            sock.connect(address)
        except (BlockingIOError, InterruptedError):
            # Connecting in the background: writable once it succeeded or failed.
            self._ensure_fd_no_transport(fd)
            handle = self._add_writer(fd, self._sock_connect_cb, fut, sock, address)
            fut.add_done_callback(functools.partial(self._sock_write_done, fd, handle=handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        finally:
            fut = None

    def _sock_write_done(self, fd, fut, handle=None):
        if handle is None or not handle.cancelled():
            self.remove_writer(fd)

    def _sock_connect_cb(self, fut, sock, address):
        if fut.done():
            return
        try:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err != 0:
                raise OSError(err, f'Connect call failed {address}')
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(None)
        finally:
            fut = None










    async def sock_accept(self, sock):
        self._check_nonblocking(sock)
        fut = self.create_future()
        self._sock_accept(fut, sock)









        return await fut

    def _sock_accept(self, fut, sock):
        fd = sock.fileno()
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError):
            self._ensure_fd_no_transport(fd)
            handle = self._add_reader(fd, self._sock_accept, fut, sock)
            fut.add_done_callback(functools.partial(self._sock_read_done, fd, handle=handle))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result((conn, address))

# ---------------------------------------------------------------------------------------
# Transports (netlib) go below.
# ---------------------------------------------------------------------------------------

from _collections import deque as _deque  # noqa: E402 (the datagrams waiting to be sent)
from . import protocols as _protocols  # noqa: E402
from . import transports as _transports  # noqa: E402
from . import trsock as _trsock  # noqa: E402

# selectors.EVENT_READ / EVENT_WRITE.
_EVENT_READ = 1
_EVENT_WRITE = 2

# From the fifth write to a lost connection on, each one logs a warning (asyncio.constants).
_LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5
# How long accept() pauses after running out of file descriptors (asyncio.constants).
_ACCEPT_RETRY_DELAY = 1


def _set_result_unless_cancelled(fut, result):
    # asyncio.futures' helper: wake a waiter unless someone gave up on it meanwhile.
    if fut.cancelled():
        return
    fut.set_result(result)


def _asyncio_logger():
    # Imported on first use: most programs never log from a transport.
    import logging
    return logging.getLogger('asyncio')


def _set_nodelay(sock):
    # asyncio turns Nagle's algorithm off on TCP sockets: small writes leave at once.
    tcp = getattr(socket, 'TCP_NODELAY', None)
    if tcp is None:
        return
    if (sock.family in (socket.AF_INET, getattr(socket, "AF_INET6", None))
            and sock.type == socket.SOCK_STREAM
            and sock.proto == socket.IPPROTO_TCP):
        sock.setsockopt(socket.IPPROTO_TCP, tcp, 1)


def _test_selector_event(loop, fd, event):
    # Whether the loop's selector watches `fd` for `event` (what a transport's repr calls
    # polling; CPython asks loop._selector.get_key(fd)).
    return bool(loop._selector_events(fd) & event)


class _SelectorTransport(_transports._FlowControlMixin, _transports.Transport):
    """What the socket and datagram transports share: the socket, its extra info, the write
    buffer, closing (connection_lost one loop turn after the buffer is empty) and aborting."""

    max_size = 256 * 1024  # what one recv() asks for
    _buffer_factory = bytearray
    _sock = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        super().__init__(extra, loop)
        self._extra['socket'] = _trsock.TransportSocket(sock)
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = self._buffer_factory()
        self._conn_lost = 0  # counts writes after connection_lost was scheduled
        self._closing = False
        self._paused = False
        if self._server is not None:
            self._server._attach()
        loop._transports[self._sock_fd] = self

    def __repr__(self):
        info = [type(self).__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        if self._loop is not None and not self._loop.is_closed():
            reading = _test_selector_event(self._loop, self._sock_fd, _EVENT_READ)
            info.append('read=polling' if reading else 'read=idle')
            writing = _test_selector_event(self._loop, self._sock_fd, _EVENT_WRITE)
            state = 'polling' if writing else 'idle'
            info.append(f'write=<{state}, bufsize={self.get_write_buffer_size()}>')
        return '<' + ' '.join(info) + '>'

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop._remove_reader(self._sock_fd)
        if self._loop.get_debug():
            _asyncio_logger().debug("%r pauses reading", self)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)
        if self._loop.get_debug():
            _asyncio_logger().debug("%r resumes reading", self)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            # Nothing left to send: connection_lost at the next turn. Otherwise
            # _write_ready calls it once the buffer is empty.
            self._conn_lost += 1
            self._loop._remove_writer(self._sock_fd)
            # cpython: asyncio/selector_events.py:860
            self._loop.call_soon(self._call_connection_lost, None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        # OSErrors (a reset, a broken pipe) are the network's business and only logged in
        # debug mode; anything else is a bug the loop's exception handler reports.
        if isinstance(exc, OSError):
            if self._loop.get_debug():
                _asyncio_logger().debug("%r: %s", self, message, exc_info=True)
        else:
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._conn_lost += 1
        # cpython: asyncio/selector_events.py:891
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _add_reader(self, fd, callback, *args):
        # Reading starts (or resumes) only while the transport is meant to read.
        if not self.is_reading():
            return
        self._loop._add_reader(fd, callback, *args)


class _SelectorSocketTransport(_SelectorTransport):
    """A TCP (or Unix stream) connection: reads of up to max_size per readiness report,
    writes sent at once while the kernel takes them, the rest buffered until writable."""

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        self._read_ready_cb = None
        super().__init__(loop, sock, protocol, extra, server)
        self._eof = False
        self._empty_waiter = None
        _set_nodelay(self._sock)
        # In this order, one turn later: the protocol hears of the connection, then reading
        # starts, then whoever waits for the connection is woken.
        # cpython: asyncio/selector_events.py:934
        self._loop.call_soon(self._protocol.connection_made, self)
        # cpython: asyncio/selector_events.py:936
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            # cpython: asyncio/selector_events.py:940
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def set_protocol(self, protocol):
        if isinstance(protocol, _protocols.BufferedProtocol):
            self._read_ready_cb = self._read_ready__get_buffer
        else:
            self._read_ready_cb = self._read_ready__data_received
        super().set_protocol(protocol)

    def _read_ready(self):
        self._read_ready_cb()

    def _read_ready__get_buffer(self):
        if self._conn_lost:
            return
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not nbytes:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.buffer_updated(nbytes)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.buffer_updated() call failed.')

    def _read_ready__data_received(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        if self._loop.get_debug():
            _asyncio_logger().debug("%r received EOF", self)
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            # Half-closed: nothing more can arrive, but the protocol may still write.
            self._loop._remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                _asyncio_logger().warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            # Nothing queued: hand the kernel what it takes now.
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                data = data[n:]
                if not data:
                    return
            self._loop._add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        assert self._buffer, 'Data should not be empty'
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
            if self._empty_waiter is not None:
                self._empty_waiter.set_exception(exc)
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()  # the protocol may write more here
            if not self._buffer:
                self._loop._remove_writer(self._sock_fd)
                if self._empty_waiter is not None:
                    self._empty_waiter.set_result(None)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def _call_connection_lost(self, exc):
        super()._call_connection_lost(exc)
        if self._empty_waiter is not None:
            self._empty_waiter.set_exception(ConnectionError("Connection is closed by peer"))

    def _make_empty_waiter(self):
        if self._empty_waiter is not None:
            raise RuntimeError("Empty waiter is already set")
        self._empty_waiter = self._loop.create_future()
        if not self._buffer:
            self._empty_waiter.set_result(None)
        return self._empty_waiter

    def _reset_empty_waiter(self):
        self._empty_waiter = None


class _SelectorDatagramTransport(_SelectorTransport):
    """A UDP socket: one datagram received per readiness report; datagrams the kernel would
    not take wait whole in a deque."""

    _buffer_factory = _deque

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(loop, sock, protocol, extra)
        self._address = address
        self._buffer_size = 0
        # cpython: asyncio/selector_events.py:1143
        self._loop.call_soon(self._protocol.connection_made, self)
        # cpython: asyncio/selector_events.py:1145
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            # cpython: asyncio/selector_events.py:1149
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, '
                            f'not {type(data).__name__!r}')
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            if self._conn_lost >= _LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                _asyncio_logger().warning('socket.send() raised exception.')
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop._add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._buffer.append((bytes(data), addr))  # a copy: the caller may reuse its buffer
        self._buffer_size += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer.popleft()
            self._buffer_size -= len(data)
            try:
                if self._extra['peername']:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except (BlockingIOError, InterruptedError):
                self._buffer.appendleft((data, addr))
                self._buffer_size += len(data)
                break
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on datagram transport')
                return
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)


class _SelectorServing:
    """The loop's side of transports and servers (BaseSelectorEventLoop's methods): making
    transports, and accepting connections on a listening socket."""

    def _make_socket_transport(self, sock, protocol, waiter=None, *, extra=None, server=None):
        return _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)

    def _make_datagram_transport(self, sock, protocol, address=None, waiter=None, extra=None):
        return _SelectorDatagramTransport(self, sock, protocol, address, waiter, extra)

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None,
                       backlog=100, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        self._add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock,
                         sslcontext, server, backlog, ssl_handshake_timeout,
                         ssl_shutdown_timeout)

    def _accept_connection(self, protocol_factory, sock, sslcontext=None, server=None,
                           backlog=100, ssl_handshake_timeout=None,
                           ssl_shutdown_timeout=None):
        # Called once per readiness report of the listener: accepts up to `backlog`
        # connections, each finished by a task of its own.
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                if self.get_debug():
                    _asyncio_logger().debug("%r got a new connection from %r: %r",
                                            server, addr, conn)
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return None
            except OSError as exc:
                if exc.errno not in (24, 23, 105, 12):  # EMFILE, ENFILE, ENOBUFS, ENOMEM
                    raise  # the loop logs it and carries on
                # Out of descriptors: stop listening for a while, then try again.
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc,
                    'socket': _trsock.TransportSocket(sock),
                })
                self._remove_reader(sock.fileno())
                # cpython: asyncio/selector_events.py:186
                self.call_later(_ACCEPT_RETRY_DELAY, self._start_serving, protocol_factory,
                                sock, sslcontext, server, backlog, ssl_handshake_timeout,
                                ssl_shutdown_timeout)
            else:
                extra = {'peername': addr}
                # cpython: asyncio/selector_events.py:198
                self.create_task(self._accept_connection2(protocol_factory, conn, extra,
                                                          sslcontext, server,
                                                          ssl_handshake_timeout,
                                                          ssl_shutdown_timeout))

    async def _accept_connection2(self, protocol_factory, conn, extra, sslcontext=None,
                                  server=None, ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None):
        protocol = None
        transport = None
        try:
            protocol = protocol_factory()
            waiter = self.create_future()
            transport = self._make_socket_transport(conn, protocol, waiter=waiter,
                                                    extra=extra, server=server)
            try:
                await waiter
            except BaseException:
                transport.close()
                raise
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            # Only debug mode reports it: the protocol owns the connection now.
            if self.get_debug():
                context = {
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc,
                }
                if protocol is not None:
                    context['protocol'] = protocol
                if transport is not None:
                    context['transport'] = transport
                self.call_exception_handler(context)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()


# Their names as CPython's tracebacks and reprs show them.
for _name, _value in list(vars(_SelectorServing).items()):
    if callable(_value):
        _value.__qualname__ = 'BaseSelectorEventLoop.' + _name


class _UnixSignals:
    """The loop's signal handlers (CPython's `_UnixSelectorEventLoop`). The callbacks are
    registered, with CPython's checks and errors, and the process's handler table changes as
    CPython's does; a simulated program receives no signals, so they are never called."""

    def add_signal_handler(self, sig, callback, *args):
        from asyncio import iscoroutine, iscoroutinefunction
        import signal as _signal
        import _loopscope
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_signal(sig)
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        handlers = self._signal_handlers
        try:
            # Fails outside the main thread, before anything is registered. The self-pipe's
            # writing end exists when the program uses the network (-1 otherwise).
            _signal.set_wakeup_fd(_loopscope.loop_wakeup_fd(self))
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        handlers[sig] = (callback, args)
        try:
            _signal.signal(sig, _sighandler_noop)
            _signal.siginterrupt(sig, False)
        except OSError as exc:
            del handlers[sig]
            if not handlers:
                try:
                    _signal.set_wakeup_fd(-1)
                except (ValueError, OSError):
                    pass
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig} cannot be caught')
            raise

    def remove_signal_handler(self, sig):
        import signal as _signal
        self._check_signal(sig)
        handlers = self._signal_handlers
        try:
            del handlers[sig]
        except KeyError:
            return False
        handler = _signal.default_int_handler if sig == _signal.SIGINT else _signal.SIG_DFL
        try:
            _signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig} cannot be caught')
            raise
        if not handlers:
            try:
                _signal.set_wakeup_fd(-1)
            except (ValueError, OSError):
                pass
        return True

    def _check_signal(self, sig):
        import signal as _signal
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in _signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')


for _name, _value in list(vars(_UnixSignals).items()):
    if callable(_value):
        _value.__qualname__ = '_UnixSelectorEventLoop.' + _name


def _sighandler_noop(signum, frame):
    pass


def _remove_signal_handlers(loop):
    # What `loop.close()` does last (the native close calls this when handlers are set).
    for sig in list(loop._signal_handlers):
        loop.remove_signal_handler(sig)


def _install_loop_methods():
    # The native loop takes the methods of BaseSelectorEventLoop (above) as its own: add
    # BaseEventLoop's networking methods and the serving ones to that class.
    from .base_events import _BaseEventLoopNetworking
    target = globals().get('BaseSelectorEventLoop')
    if target is None:
        return
    for methods in (_BaseEventLoopNetworking, _SelectorServing, _UnixSignals):
        for name, value in list(vars(methods).items()):
            if not name.startswith('__') and name not in vars(target):
                setattr(target, name, value)


_install_loop_methods()
