"""The loop's networking methods CPython writes in Python (BaseEventLoop's create_connection,
create_server, create_datagram_endpoint, ...), and Server, which create_server returns.
The native loop takes these as its own; it calls the thread ones (issue 14) with itself first."""

import socket
from asyncio import BaseEventLoop
from . import events
from . import exceptions
from . import trsock

__all__ = ('BaseEventLoop', 'Server')


def _has_ipv6():
    return hasattr(socket, 'AF_INET6')


def _is_address(family, host):
    # socket.inet_pton's verdict: is `host` already a numeric address of `family`?
    try:
        socket.inet_pton(family, host)
    except (OSError, ValueError):
        return False
    return True


def _ipaddr_info(host, port, family, type, proto, flowinfo=0, scopeid=0):
    # The getaddrinfo() answer for a host that is already a numeric address, without asking
    # the resolver; None when it must be asked.
    if not hasattr(socket, 'inet_pton'):
        return None
    if proto not in (0, socket.IPPROTO_TCP, socket.IPPROTO_UDP) or host is None:
        return None
    if type == socket.SOCK_STREAM:
        proto = socket.IPPROTO_TCP
    elif type == socket.SOCK_DGRAM:
        proto = socket.IPPROTO_UDP
    else:
        return None
    if port is None or port == b'' or port == '':
        port = 0
    else:
        try:
            port = int(port)
        except (TypeError, ValueError):
            return None  # a service name such as "http": the resolver knows it
    if family == socket.AF_UNSPEC:
        families = [socket.AF_INET]
        if _has_ipv6():
            families.append(socket.AF_INET6)
    else:
        families = [family]
    if isinstance(host, bytes):
        host = host.decode('idna')
    if '%' in host:
        return None
    for af in families:
        if _is_address(af, host):
            if _has_ipv6() and af == socket.AF_INET6:
                return af, type, proto, '', (host, port, flowinfo, scopeid)
            return af, type, proto, '', (host, port)
    return None


def _interleave_addrinfos(addrinfos, first_address_family_count=1):
    # Alternates the families (happy eyeballs' order), keeping the first family's first
    # `first_address_family_count` answers in front.
    by_family = {}
    for info in addrinfos:
        by_family.setdefault(info[0], []).append(info)
    lists = list(by_family.values())
    reordered = []
    if first_address_family_count > 1:
        reordered.extend(lists[0][:first_address_family_count - 1])
        del lists[0][:first_address_family_count - 1]
    longest = max((len(x) for x in lists), default=0)
    for i in range(longest):
        for one in lists:
            if i < len(one):
                reordered.append(one[i])
    return reordered


def _check_ssl_socket(sock):
    # No ssl module here, so no SSLSocket can be passed.
    pass


def _unsupported(what):
    from asyncio import _unsupported as stop
    stop(what)


class Server(events.AbstractServer):
    """A listening server: its sockets, the connections it has open (active count) and the
    tasks waiting in wait_closed()."""

    def __init__(self, loop, sockets, protocol_factory, ssl_context, backlog,
                 ssl_handshake_timeout, ssl_shutdown_timeout=None):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._ssl_context = ssl_context
        self._ssl_handshake_timeout = ssl_handshake_timeout
        self._ssl_shutdown_timeout = ssl_shutdown_timeout
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def _attach(self):
        assert self._sockets is not None
        self._active_count += 1

    def _detach(self):
        assert self._active_count > 0
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None  # from now on wait_closed() returns at once (3.11)
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self._ssl_context, self,
                                      self._backlog, self._ssl_handshake_timeout,
                                      self._ssl_shutdown_timeout)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(trsock.TransportSocket(s) for s in self._sockets)

    def close(self):
        # Stops listening; connections already accepted stay open.
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    # Blank lines keep these coroutines' `def`s and awaits on the lines CPython 3.11.7's
    # base_events.py has them, since task reprs show them ("running at ...:369").
    # crates/engine/tests/library_lines.rs checks them; keep the lines when editing.




















































































































































































    async def start_serving(self):
        self._start_serving()
        # One loop turn, so that the listeners' readers are in place when this returns.
        from asyncio import sleep
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:



            await self._serving_forever_fut
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return  # 3.11: once closed and woken, at once, even with connections open
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


class _BaseEventLoopNetworking:
    """BaseEventLoop's networking and thread methods (the native loop's own, or called by it)."""








































































































































































    # Issue 14: the loop's methods that meet threads. The native loop calls these (as
    # asyncio.base_events.<name>, the loop first) and keeps the default executor and the
    # "shutdown called" flag natively (`_loop_executor_state`). They sit on CPython's lines.
    # shutdown_default_executor: called only when the loop has a default executor (else the
    # coroutine returns at once, natively); the pool is shut down (its workers joined) in a
    # thread of its own, so the loop keeps running meanwhile.

    async def shutdown_default_executor(self):
        from asyncio import _loop_executor_state, _set_loop_executor_state
        executor = _loop_executor_state(self)[0]
        _set_loop_executor_state(self, executor, True)
        if executor is None:
            return
        future = self.create_future()
        thread = _start_shutdown_thread(self, executor, future)
        try:
            await future
        finally:
            thread.join()















































































































































































































































    def run_in_executor(self, executor, func, *args):
        import concurrent.futures
        from asyncio import _loop_executor_state, _set_loop_executor_state
        from . import futures
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        if self.get_debug():
            _check_callback(func, 'run_in_executor')
        if executor is None:
            executor, shutdown_called = _loop_executor_state(self)
            # Only the default executor refuses work once shut down.
            if shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                _set_loop_executor_state(self, executor, False)
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        from asyncio import _loop_executor_state, _set_loop_executor_state
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        _set_loop_executor_state(self, executor, _loop_executor_state(self)[1])








































































































    async def _connect_sock(self, exceptions, addr_info, local_addr_infos=None):
        # One socket made, bound (with local_addr) and connected; its errors are collected
        # in `exceptions` for create_connection's message.
        my_exceptions = []
        exceptions.append(my_exceptions)
        family, type_, proto, _, address = addr_info
        sock = None
        try:
            sock = socket.socket(family=family, type=type_, proto=proto)
            sock.setblocking(False)
            if local_addr_infos is not None:
                for lfamily, _, _, _, laddr in local_addr_infos:
                    if lfamily != family:
                        continue
                    try:
                        sock.bind(laddr)
                        break
                    except OSError as exc:
                        msg = (f'error while attempting to bind on address {laddr!r}: '
                               f'{exc.strerror.lower()}')
                        my_exceptions.append(OSError(exc.errno, msg))
                else:
                    if my_exceptions:
                        raise my_exceptions.pop()
                    raise OSError(f"no matching local address with {family=} found")





            await self.sock_connect(sock, address)
            return sock
        except OSError as exc:
            my_exceptions.append(exc)
            if sock is not None:
                sock.close()
            raise
        except:
            if sock is not None:
                sock.close()
            raise



    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        if server_hostname is None and ssl:
            if not host:
                raise ValueError('You must set server_hostname when using ssl without a host')
            server_hostname = host
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None and not ssl:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        if ssl and not isinstance(ssl, bool):
            _unsupported("TLS (`ssl=`) with an SSL context in create_connection()")
        if happy_eyeballs_delay is not None:
            _unsupported("create_connection(happy_eyeballs_delay=...)")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')




































            infos = await self._ensure_resolved((host, port), family=family,
                                                type=socket.SOCK_STREAM, proto=proto,
                                                flags=flags, loop=self)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            if local_addr is not None:

                laddr_infos = await self._ensure_resolved(local_addr, family=family,
                                                          type=socket.SOCK_STREAM,
                                                          proto=proto, flags=flags, loop=self)
                if not laddr_infos:
                    raise OSError('getaddrinfo() returned empty list')
            else:
                laddr_infos = None
            if interleave:
                infos = _interleave_addrinfos(infos, interleave)
            exceptions = []
            for addrinfo in infos:
                try:





                    sock = await self._connect_sock(exceptions, addrinfo, laddr_infos)
                    break
                except OSError:
                    continue
            if sock is None:
                errors = [exc for sub in exceptions for exc in sub]
                if len(errors) == 1:
                    raise errors[0]
                model = str(errors[0])
                if all(str(exc) == model for exc in errors):
                    raise errors[0]
                raise OSError('Multiple exceptions: {}'.format(
                    ', '.join(str(exc) for exc in errors)))
        else:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')























        if ssl:
            _check_simulated_tls(sock)
        transport, protocol = await self._create_connection_transport(
            sock, protocol_factory, ssl, server_hostname)
        if self.get_debug():
            import logging
            logging.getLogger('asyncio').debug(
                "%r connected to %s:%r: (%r, %r)", transport.get_extra_info('socket'), host,
                port, transport, protocol)
        return transport, protocol




    async def _create_connection_transport(self, sock, protocol_factory, ssl,
                                           server_hostname, server_side=False,
                                           ssl_handshake_timeout=None,
                                           ssl_shutdown_timeout=None):
        sock.setblocking(False)
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_socket_transport(sock, protocol, waiter)
        try:












            await waiter
        except:
            transport.close()
            raise
        return transport, protocol






























































































































    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None, sock=None):
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(f'A UDP Socket was expected, got {sock!r}')
            if (local_addr or remote_addr or family or proto or flags or reuse_port
                    or allow_broadcast):
                opts = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                            proto=proto, flags=flags, reuse_port=reuse_port,
                            allow_broadcast=allow_broadcast)
                problems = ', '.join(f'{k}={v}' for k, v in opts.items() if v)
                raise ValueError(f'socket modifier keyword arguments can not be used '
                                 f'when sock is specified. ({problems})')
            sock.setblocking(False)
            r_addr = None
        else:
            if not (local_addr or remote_addr):
                if family == 0:
                    raise ValueError('unexpected address family')
                addr_pairs_info = (((family, proto), (None, None)),)
            elif hasattr(socket, 'AF_UNIX') and family == socket.AF_UNIX:
                _unsupported("create_datagram_endpoint() on Unix sockets")
            else:
                # Local and remote addresses joined by (family, protocol), in answer order.
                addr_infos = {}
                for idx, addr in ((0, local_addr), (1, remote_addr)):
                    if addr is None:
                        continue
                    if not (isinstance(addr, tuple) and len(addr) == 2):
                        raise TypeError('2-tuple is expected')

























                    infos = await self._ensure_resolved(addr, family=family,
                                                        type=socket.SOCK_DGRAM, proto=proto,
                                                        flags=flags, loop=self)
                    if not infos:
                        raise OSError('getaddrinfo() returned empty list')
                    for fam, _, pro, _, address in infos:
                        key = (fam, pro)
                        if key not in addr_infos:
                            addr_infos[key] = [None, None]
                        addr_infos[key][idx] = address
                addr_pairs_info = [
                    (key, pair) for key, pair in addr_infos.items()
                    if not ((local_addr and pair[0] is None)
                            or (remote_addr and pair[1] is None))]
                if not addr_pairs_info:
                    raise ValueError('can not get address information')
            errors = []
            for (family, proto), (local_address, remote_address) in addr_pairs_info:
                sock = None
                r_addr = None
                try:
                    sock = socket.socket(family=family, type=socket.SOCK_DGRAM, proto=proto)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_addr:
                        sock.bind(local_address)
                    if remote_addr:
                        if not allow_broadcast:










                            await self.sock_connect(sock, remote_address)
                        r_addr = remote_address
                except OSError as exc:
                    if sock is not None:
                        sock.close()
                    errors.append(exc)
                except:
                    if sock is not None:
                        sock.close()
                    raise
                else:
                    break
            else:
                raise errors[0]
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = self._make_datagram_transport(sock, protocol, r_addr, waiter)
        if self.get_debug():
            import logging
            if local_addr:
                logging.getLogger('asyncio').info(
                    "Datagram endpoint local_addr=%r remote_addr=%r created: (%r, %r)",
                    local_addr, remote_addr, transport, protocol)
            else:
                logging.getLogger('asyncio').debug(
                    "Datagram endpoint remote_addr=%r created: (%r, %r)",
                    remote_addr, transport, protocol)


        try:
            await waiter
        except:
            transport.close()
            raise
        return transport, protocol


    async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0, loop):
        host, port = address[:2]
        info = _ipaddr_info(host, port, family, type, proto, *address[2:])
        if info is not None:
            return [info]  # already a numeric address



        return await loop.getaddrinfo(host, port, family=family, type=type, proto=proto,
                                      flags=flags)

    async def _create_server_getaddrinfo(self, host, port, family, flags):
        infos = await self._ensure_resolved((host, port), family=family,
                                            type=socket.SOCK_STREAM, flags=flags, loop=self)
        if not infos:
            raise OSError(f'getaddrinfo({host!r}) returned empty list')
        return infos


    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if ssl_handshake_timeout is not None and ssl is None:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None and ssl is None:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        if ssl is not None:
            _unsupported("TLS (`ssl=`) in create_server()")
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = True  # os.name == 'posix'
            sockets = []
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or not _is_iterable(host):
                hosts = [host]
            else:
                hosts = host
            # One resolution per host, run concurrently (as tasks, as CPython's gather does).
            from asyncio import gather
            fs = [self._create_server_getaddrinfo(h, port, family=family, flags=flags)
                  for h in hosts]
































            infos = await gather(*fs)
            infos = set(info for answers in infos for info in answers)
            completed = False
            try:
                for af, socktype, proto, canonname, sa in infos:
                    try:
                        sock = socket.socket(af, socktype, proto)
                    except OSError:
                        continue  # a family this machine lacks
                    sockets.append(sock)
                    if reuse_address:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if (_has_ipv6() and af == socket.AF_INET6
                            and hasattr(socket, 'IPPROTO_IPV6')):
                        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        sock.bind(sa)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on '
                                      'address %r: %s' % (sa, err.strerror.lower())) from None
                completed = True
            finally:
                if not completed:
                    for sock in sockets:
                        sock.close()
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        for sock in sockets:
            sock.setblocking(False)
        server = Server(self, sockets, protocol_factory, ssl, backlog, ssl_handshake_timeout,
                        ssl_shutdown_timeout)
        if start_serving:
            server._start_serving()
            # One loop turn, so that the listeners' readers are in place.
            from asyncio import sleep


















            await sleep(0)
        if self.get_debug():
            import logging
            logging.getLogger('asyncio').info("%r is serving", server)
        return server

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        if ssl_shutdown_timeout is not None and not ssl:
            raise ValueError('ssl_shutdown_timeout is only meaningful with ssl')
        if ssl:
            _unsupported("TLS (`ssl=`) in connect_accepted_socket()")









        transport, protocol = await self._create_connection_transport(sock, protocol_factory,
                                                                      ssl, '', server_side=True)



        if self.get_debug():
            import logging
            sock = transport.get_extra_info('socket')
            logging.getLogger('asyncio').debug("%r handled: (%r, %r)", sock, transport, protocol)
        return transport, protocol


def _not_supported_here(name, what):
    # A loop method of CPython's that needs something the simulation lacks (Unix sockets
    # bound to paths, files, pipes, processes, TLS): calling it stops the run.
    def method(self, *args, **kwargs):
        _unsupported(what)
    method.__name__ = name
    return method


for _name, _what in (
        ('create_unix_server', 'loop.create_unix_server() (Unix sockets bound to a path)'),
        ('create_unix_connection', 'loop.create_unix_connection() (Unix sockets bound to a path)'),
        ('sendfile', 'loop.sendfile()'),
        ('sock_sendfile', 'loop.sock_sendfile()'),
        ('start_tls', 'loop.start_tls() (TLS)'),
        ('connect_read_pipe', 'loop.connect_read_pipe()'),
        ('connect_write_pipe', 'loop.connect_write_pipe()'),
        ('subprocess_exec', 'loop.subprocess_exec() (subprocesses)'),
        ('subprocess_shell', 'loop.subprocess_shell() (subprocesses)')):
    setattr(_BaseEventLoopNetworking, _name, _not_supported_here(_name, _what))


# Their names as CPython's tracebacks and reprs show them.
for _name, _value in list(vars(_BaseEventLoopNetworking).items()):
    if callable(_value):
        _value.__qualname__ = 'BaseEventLoop.' + _name


def _is_iterable(value):
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _check_callback(callback, method):
    from asyncio import iscoroutine, iscoroutinefunction
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}()")
    if not callable(callback):
        raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')


def _start_shutdown_thread(self, executor, future):
    import threading
    thread = threading.Thread(target=_do_shutdown, args=(self, executor, future))
    thread.start()
    return thread


def _do_shutdown(self, executor, future):
    # shutdown_default_executor's thread: join the pool's workers, then wake the loop.
    try:
        executor.shutdown(wait=True)
        if not self.is_closed():
            self.call_soon_threadsafe(future.set_result, None)
    except Exception as ex:
        if not self.is_closed():
            self.call_soon_threadsafe(future.set_exception, ex)


# The native loop calls these with the loop first (asyncio/executors.rs).
run_in_executor = _BaseEventLoopNetworking.run_in_executor
set_default_executor = _BaseEventLoopNetworking.set_default_executor
shutdown_default_executor = _BaseEventLoopNetworking.shutdown_default_executor


def _check_simulated_tls(sock):
    # `ssl=True` to a simulated remote service talks plain bytes, as the simulated aiohttp
    # does for https:// (the network model has no TLS; tests/conformance/NETWORK_MODEL.md).
    # A server of the program's own would need a TLS server, which Loopscope cannot make.
    peer = sock.getpeername()[0]
    if peer.startswith('127.') or peer == sock.getsockname()[0]:
        sock.close()
        _unsupported("TLS (`ssl=`) to a server of the program")
