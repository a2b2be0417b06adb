"""multiprocessing.connection: `Pipe()` between simulated processes (CPython's connection.py
over a socketpair or os.pipe; here each direction is a queue shared by the processes, as a
fork shares the library's objects). What is sent is pickled: the receiver gets a copy."""

import collections
import os
import threading

import _loopscope_processes as _procs

__all__ = ['Pipe', 'Connection']


class _Direction(object):
    """One direction of a pipe: what was sent and not yet received, and the processes that
    hold its sending end open (the one that made the pipe, and those that sent on it): when
    none does, an empty pipe is the end of the data."""

    def __init__(self):
        self.items = collections.deque()
        self.cond = threading.Condition(threading.Lock())
        self.writers = {os.getpid()}

    @property
    def writer_closed(self):
        return not self.writers


class Connection(object):

    def __init__(self, incoming, outgoing, readable=True, writable=True):
        self._in = incoming
        self._out = outgoing
        self._readable = readable
        self._writable = writable
        # Each process has its own copy of an end (a fork copies the descriptors): closing
        # it in one process leaves the others' open.
        self._closed_in = set()

    @property
    def _closed(self):
        return os.getpid() in self._closed_in

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        import _loopscope_processes
        _loopscope_processes.unsupported('`Connection.fileno` (pipes are simulated)')

    def close(self):
        if not self._closed:
            self._closed_in.add(os.getpid())
            if self._writable:
                with self._out.cond:
                    self._out.writers.discard(os.getpid())
                    self._out.cond.notify_all()

    def _put(self, obj):
        self._check_closed()
        self._check_writable()
        with self._out.cond:
            self._out.writers.add(os.getpid())
            self._out.items.append(obj)
            self._out.cond.notify_all()

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._put(_procs.pickled_copy(obj))

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        data = bytes(memoryview(buf))
        if offset < 0:
            raise ValueError("offset is negative")
        if offset > len(data):
            raise ValueError("buffer length < offset")
        if size is None:
            size = len(data) - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > len(data):
            raise ValueError("buffer length < offset + size")
        self._put(data[offset:offset + size])

    def _take(self):
        self._check_closed()
        self._check_readable()
        with self._in.cond:
            self._in.cond.wait_for(lambda: self._in.items or self._in.writer_closed)
            if not self._in.items:
                raise EOFError
            return self._in.items.popleft()

    def recv(self):
        return self._take()

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._take()
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        with self._in.cond:
            if self._in.items or self._in.writer_closed:
                return True
            if timeout is not None and timeout <= 0:
                return False
            return self._in.cond.wait_for(
                lambda: self._in.items or self._in.writer_closed, timeout)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """Two connected ends: both ways when `duplex`, else (receiving end, sending end)."""
    if duplex:
        a, b = _Direction(), _Direction()
        return Connection(a, b), Connection(b, a)
    one = _Direction()
    return (Connection(one, None, readable=True, writable=False),
            Connection(None, one, readable=False, writable=True))
