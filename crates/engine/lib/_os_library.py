# What CPython's os.py (and posixmodule.c's directory scanning) has that the native `os`
# module does not: os.PathLike, fsencode/fsdecode, scandir and its DirEntry, walk,
# removedirs and renames. `os.X` finds these here on first use (`library::exporter`), so
# a program that never asks pays nothing.
#
# scandir lists a directory in the file system's order, which here is sorted by name (the
# virtual file system keeps entries sorted); on a real Linux file system the order is the
# directory's hash order, which no program can rely on either.
import abc
import os
import sys
from types import GenericAlias


def _has_fspath(C):
    for klass in C.__mro__:
        if "__fspath__" in klass.__dict__:
            return klass.__dict__["__fspath__"] is not None
    return False


class PathLike(abc.ABC):

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _has_fspath(subclass) or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


PathLike.__module__ = "os"


def fsencode(filename):
    filename = os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


for _f in (fsencode, fsdecode):
    _f.__module__ = "os"


class DirEntry:
    # posix.DirEntry: made by scandir only ("cannot create 'posix.DirEntry' instances").
    __module__ = "posix"
    __slots__ = ("name", "path", "_stat")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, directory, name):
        entry = object.__new__(cls)
        entry.name = name
        if isinstance(directory, bytes):
            sep = b"" if directory.endswith(b"/") else b"/"
        else:
            sep = "" if directory.endswith("/") else "/"
        entry.path = directory + sep + name
        entry._stat = None
        return entry

    def stat(self, *, follow_symlinks=True):
        if self._stat is None:
            self._stat = os.stat(self.path)
        return self._stat

    def inode(self):
        return self.stat().st_ino

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & 0o170000 == 0o040000
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat().st_mode & 0o170000 == 0o100000
        except FileNotFoundError:
            return False

    def is_symlink(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    __class_getitem__ = classmethod(GenericAlias)


class ScandirIterator:
    __module__ = "posix"
    __slots__ = ("_entries", "_closed")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed or not self._entries:
            self._closed = True
            raise StopIteration
        return self._entries.pop(0)

    def close(self):
        self._closed = True
        self._entries = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
        return False


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    # os.py's: a file object over an open descriptor (tempfile.mkstemp's, say).
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def scandir(path=None):
    directory = "." if path is None else os.fspath(path)
    names = os.listdir(directory)
    iterator = object.__new__(ScandirIterator)
    iterator._entries = [DirEntry._make(directory, name) for name in names]
    iterator._closed = False
    return iterator


scandir.__module__ = "posix"


def walk(top, topdown=True, onerror=None, followlinks=False):
    return _walk(os.fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with scandir_it:
        for entry in scandir_it:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        # The caller may have pruned or reordered `dirs`: walk what it left.
        for dirname in dirs:
            yield from _walk(os.path.join(top, dirname), topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def removedirs(name):
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)


def renames(old, new):
    head, tail = os.path.split(new)
    if head and tail and not os.path.exists(head):
        os.makedirs(head)
    os.rename(old, new)
    head, tail = os.path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


for _f in (walk, removedirs, renames):
    _f.__module__ = "os"
del _f


class terminal_size(tuple):
    """A structure sequence of two fields: columns and lines."""

    __slots__ = ()

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(values))
        return tuple.__new__(cls, values)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


terminal_size.__module__ = "os"


def get_terminal_size(fd=1, /):
    # A run's standard streams are never a terminal, nor is any file: the ioctl CPython
    # makes fails (on a descriptor that is not open, with EBADF).
    if fd not in (0, 1, 2):
        os.fstat(fd)
    raise OSError(25, "Inappropriate ioctl for device")
