# selectors: the high-level I/O multiplexing API, over the native select.epoll (the virtual
# kernel's epoll), select.poll (PollSelector) or select.select (SelectSelector). As on Linux,
# DefaultSelector is EpollSelector. Keys map file objects to
# their fd, interest and data; select() reports (key, events) in epoll's order.

import math
import select
from abc import ABC, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1


def _fileobj_to_fd(fileobj):
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])


class _SelectorMapping(Mapping):
    # The read-only view get_map() returns: file object (or fd) -> key.

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            fd = self._selector._fileobj_lookup(fileobj)
            return self._selector._fd_to_key[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(ABC):

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        # A closed file object is still found by identity, so it can be unregistered.
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if (not events) or (events & ~(EVENT_READ | EVENT_WRITE)):
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            key = self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        return self._fd_to_key.get(fd)


class _PollLikeSelector(_BaseSelectorImpl):
    # What epoll and poll selectors share: the poller object holds each fd's mask
    # (`_poller_in`/`_poller_out` bits), which register, unregister and modify keep in step.
    _poller_in = 0
    _poller_out = 0

    def _poller_events(self, events):
        mask = 0
        if events & EVENT_READ:
            mask |= self._poller_in
        if events & EVENT_WRITE:
            mask |= self._poller_out
        return mask

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._poller_events(events))
        except BaseException:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            # Closed meanwhile: the kernel already forgot it.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            try:
                self._selector.modify(key.fd, self._poller_events(events))
            except BaseException:
                super().unregister(fileobj)
                raise
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def _ready(self, polled):
        # (fd, mask) pairs as the poller reports them -> (key, events) for the registered fds.
        ready = []
        for fd, mask in polled:
            events = 0
            if mask & ~self._poller_in:
                events |= EVENT_WRITE
            if mask & ~self._poller_out:
                events |= EVENT_READ
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class EpollSelector(_PollLikeSelector):
    # Level-triggered epoll: an fd still ready is reported by every select.
    _poller_in = select.EPOLLIN
    _poller_out = select.EPOLLOUT

    def __init__(self):
        super().__init__()
        self._selector = select.epoll()

    def fileno(self):
        return self._selector.fileno()

    def select(self, timeout=None):
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            # epoll counts whole milliseconds, rounded up.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        return self._ready(self._selector.poll(timeout, max(len(self._fd_to_key), 1)))

    def close(self):
        self._selector.close()
        super().close()


class PollSelector(_PollLikeSelector):
    # Over select.poll: the poll object holds each fd's mask, select() asks it once.
    _poller_in = select.POLLIN
    _poller_out = select.POLLOUT

    def __init__(self):
        super().__init__()
        self._selector = select.poll()

    def select(self, timeout=None):
        if timeout is not None:
            # poll counts whole milliseconds, rounded up; nothing below zero.
            timeout = 0 if timeout <= 0 else math.ceil(timeout * 1e3)
        return self._ready(self._selector.poll(timeout))


class SelectSelector(_BaseSelectorImpl):
    # Over select.select: the fds wanted for reading and for writing, asked each time.

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            # Changing the interest registers the file object again.
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readable, writable, _ = select.select(self._readers, self._writers, [], timeout)
        readable = set(readable)
        writable = set(writable)
        ready = []
        for fd in readable | writable:
            events = 0
            if fd in readable:
                events |= EVENT_READ
            if fd in writable:
                events |= EVENT_WRITE
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


DefaultSelector = EpollSelector
