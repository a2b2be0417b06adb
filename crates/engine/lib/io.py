# io, written for Loopscope from CPython 3.11's behaviour (CPython's is C, in _io; its _pyio
# module writes the same in Python): open() and FileIO over the virtual kernel's files (the
# os module's file descriptors), the buffered streams, TextIOWrapper, and the in-memory
# StringIO and BytesIO. The built-in open is this module's open.

import os

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'text_encoding']

BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def _optional_size(value):
    # A size or hint argument: None, an int, or what __index__ makes one (C's
    # _Py_convert_optional_to_ssize_t).
    if value is None or isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'")
    return index(value)


def _index(value):
    # An int argument (C's ssize_t and int converters): an int, or what __index__ makes one.
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _writable_buffer(value):
    # readinto()'s argument: a bytearray, or a writable memoryview (C's read-write Py_buffer).
    if isinstance(value, bytearray) or (isinstance(value, memoryview) and not value.readonly):
        return value
    raise TypeError('readinto() argument must be read-write bytes-like object, '
                    f'not {type(value).__name__}')


def _bytes_like(value):
    # A write's argument that is neither bytes nor bytearray: its bytes if it has the buffer
    # protocol (a memoryview does), else C's Py_buffer TypeError.
    try:
        return bytes(memoryview(value))
    except TypeError:
        pass
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


class IOBase:
    """The base of every stream: open until close(), usable as a context manager; what a
    stream cannot do raises UnsupportedOperation."""

    _io_closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(f"{type(self).__name__}.{name}() not supported")

    @property
    def closed(self):
        return self._io_closed

    def close(self):
        if not self._io_closed:
            try:
                self.flush()
            finally:
                self._io_closed = True

    def flush(self):
        if self._io_closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    # Lines, for every stream with a readline().

    def readline(self, size=-1):
        # A byte at a time through read(), for streams with no readline of their own (FileIO).
        size = _optional_size(size)
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            byte = self.read(1)
            if not byte:
                break
            line += byte
            if byte == b'\n':
                break
        return bytes(line)

    def writelines(self, lines):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        hint = _optional_size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and self._hint_reached(hint, total):
                break
        return lines

    def _hint_reached(self, hint, total):
        # readlines stops after the line that takes the total past `hint` (C iobase's test).
        return 0 < hint < total

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def read(self, size=-1):
        self._unsupported('read')

    def write(self, b):
        self._unsupported('write')


class TextIOBase(IOBase):
    pass


def _closed_check(stream, text='I/O operation on closed file.'):
    if stream.closed:
        raise ValueError(text)


def _owns_file(stream):
    # Whether a stream sits on a FileIO (its finalizer closes it, as CPython's dealloc does;
    # streams over sockets keep the socket module's own rules).
    while stream is not None:
        if isinstance(stream, FileIO):
            return True
        stream = getattr(stream, 'raw', None) or getattr(stream, 'buffer', None)
    return False


class FileIO(RawIOBase):
    """A raw file: bytes in and out of a file descriptor of the virtual kernel, each call a
    system call (os.read, os.write, os.lseek)."""

    __module__ = '_io'
    _fd = -1

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0 and self._closefd:
            os.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError(f'invalid mode: {mode}')
        if not set(mode) <= set('xrwab+') or len(set(mode)) != len(mode):
            raise ValueError(f'invalid mode: {mode}')
        if sum(c in 'rwax' for c in mode) != 1:
            raise ValueError('Must have exactly one of create/read/write/append mode '
                             'and at most one plus')
        self._created = 'x' in mode
        self._readable = 'r' in mode or '+' in mode
        self._writable = 'r' not in mode or '+' in mode
        self._appending = 'a' in mode
        if self._readable and self._writable:
            flags = os.O_RDWR
        elif self._readable:
            flags = os.O_RDONLY
        else:
            flags = os.O_WRONLY
        if self._created:
            flags |= os.O_EXCL | os.O_CREAT
        elif 'w' in mode:
            flags |= os.O_CREAT | os.O_TRUNC
        elif self._appending:
            flags |= os.O_APPEND | os.O_CREAT
        flags |= os.O_CLOEXEC
        owned = fd < 0
        if owned:
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if opener is None:
                fd = os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
        self._closefd = closefd
        try:
            status = os.fstat(fd)
            if status.st_mode & 0o170000 == 0o040000:
                raise IsADirectoryError(21, 'Is a directory', file)
            self._blksize = status.st_blksize if status.st_blksize > 1 else DEFAULT_BUFFER_SIZE
            if self._appending:
                os.lseek(fd, 0, SEEK_END)
        except BaseException:
            if owned:
                os.close(fd)
            raise
        self._fd = fd
        self.name = file

    def __del__(self):
        if self._fd >= 0 and self._closefd and not self.closed:
            self.close()

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def _check(self):
        _closed_check(self, 'I/O operation on closed file')

    def read(self, size=-1):
        if type(size) is not int:
            size = _optional_size(size)
        self._check()
        self._checkReadable()
        if size is None or size < 0:
            return self.readall()
        return os.read(self._fd, size)

    def readall(self):
        self._check()
        self._checkReadable()
        parts = []
        while True:
            chunk = os.read(self._fd, max(self._blksize, DEFAULT_BUFFER_SIZE))
            if not chunk:
                return b''.join(parts)
            parts.append(chunk)

    def readinto(self, b):
        data = self.read(len(_writable_buffer(b)))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        if not isinstance(b, (bytes, bytearray)):
            b = _bytes_like(b)
        self._check()
        self._checkWritable()
        return os.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        # C's order: whence's type, the closed check, then pos's type.
        if type(whence) is not int:
            whence = _index(whence)
        self._check()
        if type(pos) is not int:
            pos = _index(pos)
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check()
        self._checkWritable()
        if size is None:
            size = self.tell()
        elif type(size) is not int:
            size = _index(size)
        os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                if self._closefd and self._fd >= 0:
                    os.close(self._fd)
            finally:
                RawIOBase.close(self)

    def seekable(self):
        self._check()
        return True

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def fileno(self):
        self._check()
        return self._fd

    def isatty(self):
        self._check()
        return False

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        try:
            name = self.name
        except AttributeError:
            return f'<_io.FileIO fd={self._fd} mode={self.mode!r} closefd={self._closefd!r}>'
        return f'<_io.FileIO name={name!r} mode={self.mode!r} closefd={self._closefd!r}>'


class _Buffered(BufferedIOBase):
    # What BufferedReader, BufferedWriter and BufferedRandom share: the raw stream under
    # them, positions, closing.

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._pending = b''
        self._unsent = bytearray()

    def __del__(self):
        if _owns_file(self) and not self.closed:
            self.close()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def flush(self):
        if self.raw.closed:
            raise ValueError('flush of closed file')
        self._send_all()

    def _send_all(self):
        while self._unsent:
            n = self.raw.write(bytes(self._unsent))
            del self._unsent[:n]

    def _drop_read_ahead(self):
        # The raw position goes back to where the reader has got to.
        if self._pending:
            self.raw.seek(-len(self._pending), SEEK_CUR)
            self._pending = b''

    def tell(self):
        pos = self.raw.tell()
        return pos + len(self._unsent) - len(self._pending)

    def seek(self, pos, whence=0):
        # C's order: whence's type and value, the closed check, then pos's type.
        if type(whence) is not int:
            whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        _closed_check(self, 'seek of closed file')
        if type(pos) is not int:
            pos = _index(pos)
        self.flush()
        if whence == 1:
            pos -= len(self._pending)
        self._pending = b''
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        _closed_check(self, 'truncate of closed file')
        if not self.raw.writable():
            raise UnsupportedOperation('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        elif type(pos) is not int:
            pos = _index(pos)
        return self.raw.truncate(pos)

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f'<_io.{type(self).__name__}>'
        return f'<_io.{type(self).__name__} name={name!r}>'


class _Reading:
    # The reading half: a read-ahead buffer (`_pending`) filled from the raw stream.

    def _chunk(self, size):
        # One raw read: b'' at the end of the stream.
        buffer = bytearray(size)
        n = self.raw.readinto(buffer)
        return bytes(buffer[:n or 0])

    def _start_read(self, name='read'):
        if self.raw.closed:
            raise ValueError(f'{name} of closed file')
        if not self.raw.readable():
            raise UnsupportedOperation('read')
        if self._unsent:
            self._send_all()

    def read(self, size=-1):
        if type(size) is not int:
            size = _optional_size(size)
        self._start_read()
        if size is None or size < 0:
            parts = [self._pending]
            self._pending = b''
            while True:
                chunk = self._chunk(self.buffer_size)
                if not chunk:
                    return b''.join(parts)
                parts.append(chunk)
        while len(self._pending) < size:
            chunk = self._chunk(max(self.buffer_size, size - len(self._pending)))
            if not chunk:
                break
            self._pending += chunk
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def read1(self, size=-1):
        if type(size) is not int:
            size = _index(size)
        self._start_read()
        if not self._pending:
            want = self.buffer_size if size < 0 else max(size, self.buffer_size)
            self._pending = self._chunk(want)
        if size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def readinto(self, b):
        size = len(_writable_buffer(b))
        self._start_read('readinto')
        data = self.read(size)
        b[:len(data)] = data
        return len(data)

    def peek(self, size=0):
        if type(size) is not int:
            _index(size)
        self._start_read('peek')
        if not self._pending:
            self._pending = self._chunk(self.buffer_size)
        return self._pending

    def readline(self, size=-1):
        if type(size) is not int:
            size = _optional_size(size)
        self._start_read('readline')
        while b'\n' not in self._pending and (size is None or size < 0 or len(self._pending) < size):
            chunk = self._chunk(self.buffer_size)
            if not chunk:
                break
            self._pending += chunk
        end = self._pending.find(b'\n') + 1 or len(self._pending)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._pending = self._pending[:end], self._pending[end:]
        return line


class _Writing:
    # The writing half: bytes collected (`_unsent`) until buffer_size or flush().

    def write(self, b):
        # The argument is checked first, as C's argument clinic does.
        if not isinstance(b, (bytes, bytearray)):
            b = _bytes_like(b)
        if self.raw.closed:
            raise ValueError('write to closed file')
        if not self.raw.writable():
            raise UnsupportedOperation('write')
        if self._pending and self.raw.seekable():
            self._drop_read_ahead()
        self._unsent += b
        if len(self._unsent) >= self.buffer_size:
            self._send_all()
        return len(b)


class BufferedReader(_Reading, _Buffered):
    """Reads a raw stream in chunks of buffer_size and hands out what was asked."""
    __module__ = '_io'

    def write(self, b):
        raise UnsupportedOperation('write')

    def writable(self):
        return False  # C's BufferedReader asks nothing of its raw stream, closed or not

    def flush(self):
        # Nothing to send: the raw stream's flush, and its closed-file message.
        return self.raw.flush()


class BufferedWriter(_Writing, _Buffered):
    """Collects writes and hands them to a raw stream when buffer_size is reached or on
    flush()."""
    __module__ = '_io'

    def readable(self):
        return False  # C's BufferedWriter asks nothing of its raw stream, closed or not

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def readinto(self, b):
        _writable_buffer(b)
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        _optional_size(size)
        raise UnsupportedOperation('read')


class BufferedRandom(_Writing, _Reading, _Buffered):
    """Reading and writing one seekable raw stream ('+' modes): a write first takes the
    raw position back past the read-ahead, a read first sends what was written."""
    __module__ = '_io'


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer over two raw streams (a socket's one, twice)."""
    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def __iter__(self):
        return self.reader

    def __repr__(self):
        return f'<_io.BufferedRWPair object at {id(self):#x}>'


def _normal_encoding(encoding):
    return encoding.lower().replace('-', '').replace('_', '')


def _complete_prefix(data, encoding):
    # How much of `data` decodes now: a character cut by a read waits for its tail.
    name = _normal_encoding(encoding)
    if name.startswith('utf16'):
        n = len(data) - len(data) % 2
        if n >= 2:
            unit = data[n - 2:n]
            high = unit[0] if name.endswith('be') else unit[1]
            if 0xD8 <= high <= 0xDB:
                n -= 2
        return n
    if name.startswith('utf32'):
        return len(data) - len(data) % 4
    if name not in ('utf8', 'utf8sig'):
        return len(data)
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:  # the last character's first byte
            if not 0xC2 <= byte <= 0xF4:
                return len(data)  # no character starts so: the decoder fails on it now
            needed = 2 if byte >= 0xC0 else 1
            needed = 3 if byte >= 0xE0 else needed
            needed = 4 if byte >= 0xF0 else needed
            return len(data) - back if needed > back else len(data)
    return len(data)


# After its first use, an encoding with a byte order mark goes on without one (the mark
# belongs at the start of the file only).
_AFTER_BOM = {'utf16': 'utf-16-le', 'utf32': 'utf-32-le', 'utf8sig': 'utf-8'}


def _bom_length(data, encoding):
    # How many bytes of a byte order mark `data` starts with, for a codec that reads one.
    boms = {'utf8sig': (b'\xef\xbb\xbf',), 'utf16': (b'\xff\xfe', b'\xfe\xff'),
            'utf32': (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')}
    for bom in boms.get(_normal_encoding(encoding), ()):
        if data.startswith(bom):
            return len(bom)
    return 0


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, and newlines translated as `newline`
    asks (None: universal on reading, '\n' kept on writing).

    tell() returns the byte position of what was read so far (exact for encodings without
    a byte order mark and for text that encodes back to the bytes it came from)."""

    __module__ = '_io'
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'TextIOWrapper() argument \'newline\' must be str or None, '
                            f'not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument \'encoding\' must be str or None, '
                            f'not {type(encoding).__name__}')
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f'TextIOWrapper() argument \'errors\' must be str or None, '
                            f'not {type(errors).__name__}')
        self.buffer = buffer
        self.encoding = 'utf-8' if encoding is None else encoding
        b''.decode(self.encoding)  # LookupError: unknown encoding
        self.errors = 'strict' if errors is None else errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline
        self._seen = set()
        self._encoder = self._decoder = self.encoding
        self._reset_reading()
        if self._starts_past_zero():
            self._codec_for_position(None)

    def _starts_past_zero(self):
        try:
            buffer = self._attached()
            return buffer.seekable() and buffer.tell() != 0
        except (OSError, ValueError, AttributeError):
            return False

    def _reset_reading(self):
        self._undecoded = b''
        self._decoded = ''  # decoded, newlines not yet translated
        self._eof = False
        self._decoded_start = None  # the byte position where `_decoded` starts
        # Whether a chunk read decoded text that is still held (C's decoded_chars, even
        # when used up): reconfigure() then refuses a new codec or newline.
        self._holding = False

    def __del__(self):
        if _owns_file(self) and not self.closed:
            self.close()

    @property
    def newlines(self):
        seen = [n for n in ('\r', '\n', '\r\n') if n in self._seen]
        if not seen:
            return None
        return seen[0] if len(seen) == 1 else tuple(seen)

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def isatty(self):
        return self._attached().isatty()

    def fileno(self):
        return self._attached().fileno()

    def flush(self):
        buffer = self._attached()
        try:
            return buffer.flush()
        except ValueError:
            if not buffer.closed:
                raise
        # A closed file says so in TextIOWrapper's words, not its buffer's.
        raise ValueError('I/O operation on closed file.')

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._attached().close()

    def _attached(self):
        # The buffer, or the error every operation gives once detach() took it.
        buffer = self.buffer
        if buffer is None:
            raise ValueError('underlying buffer has been detached')
        return buffer

    def detach(self):
        self.flush()
        buffer, self.buffer = self._attached(), None
        return buffer

    def write(self, text):
        self._check_open()
        if not isinstance(text, str):
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        if not self.writable():
            raise UnsupportedOperation('not writable')
        data = text
        if self._newline not in (None, '', '\n'):
            data = data.replace('\n', self._newline)
        if self._decoded or self._undecoded:
            self._reset_reading()
        encoded = data.encode(self._encoder, self.errors)
        if encoded:
            after = _AFTER_BOM.get(_normal_encoding(self._encoder))
            if after:
                self._encoder = self._decoder = after
        self._attached().write(encoded)
        if self.write_through or (self.line_buffering and ('\n' in text or '\r' in text)):
            self.flush()
        return len(text)

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def _start_read(self):
        self._check_open()
        if not self.readable():
            raise UnsupportedOperation('not readable')
        if self._decoded_start is None:
            buffer = self._attached()
            buffer.flush()
            self._decoded_start = buffer.tell() if self.seekable() else 0

    def _read_more(self, size=None):
        # One buffered read (as much as has arrived); False once the stream has ended. Any
        # size (read()'s -1) reads the rest and decodes it in one go, as CPython's read()
        # does: a decoding error's position counts from there, not from a chunk.
        if self._eof:
            return False
        buffer = self._attached()
        if size is not None:
            data = buffer.read() or b''
            self._eof = True
        else:
            reader = getattr(buffer, 'read1', buffer.read)
            data = reader(self._CHUNK_SIZE)
            self._holding = True
            if not data:
                self._eof = True
        data = self._undecoded + data
        cut = len(data) if self._eof else _complete_prefix(data, self._decoder)
        self._undecoded = data[cut:]
        text = data[:cut].decode(self._decoder, self.errors)
        if cut:
            after = _AFTER_BOM.get(_normal_encoding(self._decoder))
            if after:
                # The byte order mark was read but is no text: positions count it.
                self._decoded_start += _bom_length(data, self._decoder)
                self._encoder = self._decoder = after
        self._decoded += text
        return bool(data)

    def _take(self, n):
        # The first n untranslated characters, handed out (translated) and accounted for.
        raw, self._decoded = self._decoded[:n], self._decoded[n:]
        self._decoded_start += len(raw.encode(self._encoder, self.errors))
        # Universal newlines (None, and '' which leaves them untranslated) record the kinds
        # seen, for `newlines`.
        if self._newline in (None, ''):
            if '\r' in raw:
                self._seen.update(('\r\n',) if '\r\n' in raw else ())
                if raw.replace('\r\n', '').count('\r'):
                    self._seen.add('\r')
                if raw.replace('\r\n', '').count('\n'):
                    self._seen.add('\n')
                if self._newline is None:
                    raw = raw.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in raw:
                self._seen.add('\n')
        return raw

    def _line_end(self, text):
        # Where the first complete line of `text` (untranslated) ends, or -1.
        newline = self._newline
        if newline == '\n':
            end = text.find('\n')
            return -1 if end < 0 else end + 1
        if newline:
            end = text.find(newline)
            return -1 if end < 0 else end + len(newline)
        lf, cr = text.find('\n'), text.find('\r')
        if cr < 0 or (0 <= lf < cr):
            return -1 if lf < 0 else lf + 1
        if cr + 1 < len(text):
            return cr + 2 if text[cr + 1] == '\n' else cr + 1
        return cr + 1 if self._eof else -1

    def _raw_count(self, size):
        # How many untranslated characters make `size` characters handed out; -1 when a
        # '\r' at the end of what is decoded may yet be followed by '\n'.
        if self._newline is not None:
            return min(size, len(self._decoded))
        text = self._decoded
        i = count = 0
        while count < size and i < len(text):
            if text[i] == '\r':
                if i + 1 == len(text) and not self._eof:
                    return -1
                if i + 1 < len(text) and text[i + 1] == '\n':
                    i += 1
            i += 1
            count += 1
        return i

    def readline(self, size=-1):
        self._start_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or self._eof:
                break
            if size >= 0 and self._raw_count(size) >= 0 and \
                    self._raw_count(size) < len(self._decoded):
                break
            self._read_more()
        if end < 0:
            end = len(self._decoded)
        if size >= 0:
            n = self._raw_count(size)
            if n >= 0:
                end = min(end, n)
        return self._take(end)

    def read(self, size=-1):
        self._start_read()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            self._read_more(-1)  # the rest, in one go
            self._holding = False
            return self._take(len(self._decoded))
        while True:
            n = self._raw_count(size)
            if (n >= 0 and (n < len(self._decoded) or self._eof)) or not self._read_more():
                if n < 0 or (self._eof and n >= len(self._decoded)):
                    n = self._raw_count(size)
                break
        return self._take(max(n, 0))

    # Iterating a text file turns tell() off until the iteration reaches the end (CPython
    # keeps no decoder snapshot while next() reads ahead).
    _telling = True

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        if self._decoded_start is None:
            return self._attached().tell()
        return self._decoded_start

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_reading()
            position = self._attached().seek(0, 2)
            self._codec_for_position(position)
            return position
        if whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self.flush()
        self._reset_reading()
        self._codec_for_position(cookie)
        return self._attached().seek(cookie)

    def reconfigure(self, *args, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Change the codec, newline mode or buffering of the stream; the codec and newline
        only while no text read ahead is held."""
        if args:
            raise TypeError('reconfigure() takes no positional arguments')
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"reconfigure() argument '{name}' must be str or None, "
                                f"not {type(value).__name__}")
        if newline is not Ellipsis:
            if newline is not None and not isinstance(newline, str):
                raise TypeError("reconfigure() argument 'newline' must be str or None, "
                                f"not {type(newline).__name__}")
            if newline not in (None, '', '\n', '\r', '\r\n'):
                raise ValueError(f'illegal newline value: {newline}')
        if line_buffering is not None:
            line_buffering = bool(_index(line_buffering))
        if write_through is not None:
            write_through = bool(_index(write_through))
        changes_codec = encoding is not None or errors is not None
        if self._holding and (changes_codec or newline is not Ellipsis):
            raise UnsupportedOperation('It is not possible to set the encoding or newline '
                                       'of stream after the first read')
        self.flush()
        if changes_codec:
            if encoding is None:
                encoding = self.encoding
            elif errors is None:
                errors = 'strict'  # a new codec starts strict
            b''.decode(encoding)  # LookupError: unknown encoding
            self.encoding = encoding
            self.errors = errors
            self._encoder = self._decoder = encoding
            self._codec_for_position(None if self._starts_past_zero() else 0)
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = line_buffering
        if write_through is not None:
            self.write_through = write_through

    def _codec_for_position(self, position):
        # At the start (0), a codec with a byte order mark reads and writes one again
        # (CPython resets its decoder and encoder there); anywhere else (None: somewhere past
        # it) it does not.
        encoding = _normal_encoding(self.encoding)
        if encoding in _AFTER_BOM:
            codec = self.encoding if position == 0 else _AFTER_BOM[encoding]
            self._encoder = self._decoder = codec

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._attached().truncate(pos)

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(f'name={self.name!r}')
        except (AttributeError, ValueError):
            pass
        mode = getattr(self, 'mode', None)
        if mode is not None:
            parts.append(f'mode={mode!r}')
        return ' '.join(parts) + f' encoding={self.encoding!r}>'


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream uses when given `encoding` (None: UTF-8 here)."""
    return 'utf-8' if encoding is None else encoding


_NO_FILE = object()


def _open(file=_NO_FILE, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
          closefd=True, opener=None):
    # The built-in open (which calls this): a FileIO on the virtual file system, in a
    # buffered stream unless buffering is 0, in a TextIOWrapper unless the mode is binary.
    if not isinstance(file, int):
        try:
            file = os.fspath(file)
        except TypeError:
            if file is not _NO_FILE:
                raise
        if file is _NO_FILE:
            raise TypeError("open() missing required argument 'file' (pos 1)")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an "
                        f"integer")
    for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"open() argument '{name}' must be str or None, not "
                            f"{type(value).__name__}")
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    raw_mode = ('x' if creating else '') + ('r' if reading else '') + \
        ('w' if writing else '') + ('a' if appending else '') + ('+' if updating else '')
    raw = FileIO(file, raw_mode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        result = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


import builtins

open = builtins.open  # the built-in function, as in CPython (io.open is open)
del builtins


class _Memory:
    # The buffer and position both streams share; `_empty` is '' or b''. Mixed in before
    # their io base class (TextIOBase, BufferedIOBase), so that what it defines wins and
    # isinstance(stream, io.IOBase) holds, as in CPython; lines come from IOBase.
    # StringIO's own checks say it without the full stop its base class (and BytesIO) uses.
    _closed_text = 'I/O operation on closed file.'

    # The contents: `_joined` plus the writes appended at the end since, in `_tail`, joined
    # when anything else reads or changes them. A stream filled by many small writes (a
    # report, a CSV file) then costs time linear in its size, not a copy per write.
    @property
    def _buffer(self):
        tail = self._tail
        if tail:
            joined = self._joined
            self._joined = joined[:0].join((joined, *tail))
            tail.clear()
        return self._joined

    @_buffer.setter
    def _buffer(self, value):
        self._joined = value
        self._tail = []
        self._size = len(value)

    def _check_open(self, text=None):
        if self._closed:
            raise ValueError(text or self._closed_text)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        # IOBase's check, with its full stop, for both streams.
        self._check_open('I/O operation on closed file.')
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(self._negative_seek % pos)
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos)
        elif whence == 2:
            self._seek_end(pos)
        else:
            raise ValueError(self._bad_whence % whence)
        return self._pos

    # BytesIO's words; StringIO's start with a capital.
    _negative_size = 'negative size value %d'
    _negative_seek = 'negative seek value %d'
    _bad_whence = 'invalid whence (%d, should be 0, 1 or 2)'

    def detach(self):
        raise UnsupportedOperation('detach')

    def _seek_relative(self, pos):
        self._pos = max(0, self._pos + pos)

    def _seek_end(self, pos):
        self._pos = max(0, len(self._buffer) + pos)

    def getvalue(self):
        self._check_open()
        return self._buffer

    def read(self, size=-1):
        self._check_open()
        size = _optional_size(size)
        if size is None or size < 0:
            size = len(self._buffer)
        data = self._buffer[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_open()
        size = _optional_size(size)
        end = self._buffer.find(self._newline, self._pos)
        end = len(self._buffer) if end < 0 else end + len(self._newline)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def write(self, data):
        self._check_open()
        self._check_type(data)
        n = len(data)
        if n == 0:
            return 0
        if self._pos == self._size:
            self._tail.append(data)
            self._size += n
            self._pos += n
            return n
        buffer = self._buffer
        if self._pos > len(buffer):
            buffer = buffer + self._empty_padding(self._pos - len(buffer))
        self._buffer = buffer[:self._pos] + data + buffer[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        self._check_open('I/O operation on closed file.')
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        size = _optional_size(size)
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(self._negative_size % size)
        self._buffer = self._buffer[:size]
        return size

    def __enter__(self):
        self._check_open('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Memory, TextIOBase):
    __module__ = '_io'
    _closed_text = 'I/O operation on closed file'
    _negative_size = 'Negative size value %d'
    _negative_seek = 'Negative seek position %d'
    _bad_whence = 'Invalid whence (%d, should be 0, 1 or 2)'
    # Memory has no encoding (a text file's are strings).
    encoding = None
    errors = None

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._buffer = ''
        self._pos = 0
        self._closed = False
        # The newline mode, as a text file's: None translates '\r\n' and '\r' to '\n' as
        # written; '' keeps them, and a line ends at any of them; '\r' and '\r\n' are
        # written for '\n', and end lines.
        self._newline_mode = newline
        self._newline = '\n' if newline in (None, '') else newline
        self._seen_newlines = 0
        if initial_value:
            # Not through self.write: a subclass's own write is not called by __init__.
            self._write_text(initial_value)
            self._pos = 0

    def write(self, data):
        self._check_open()
        self._check_type(data)
        self._write_text(data)
        return len(data)

    def _write_text(self, data):
        # The text as the newline mode stores it.
        mode = self._newline_mode
        if mode is None or mode == '':
            self._note_newlines(data)
        if mode is None:
            data = data.replace('\r\n', '\n').replace('\r', '\n')
        elif mode in ('\r', '\r\n'):
            data = data.replace('\n', mode)
        _Memory.write(self, data)

    def _note_newlines(self, data):
        crlf = data.count('\r\n')
        if crlf:
            self._seen_newlines |= 4
        if data.count('\r') > crlf:
            self._seen_newlines |= 1
        if data.count('\n') > crlf:
            self._seen_newlines |= 2

    def readline(self, size=-1):
        if self._newline_mode != '':
            return super().readline(size)
        # Universal line endings, kept as they are: the first '\r', '\n' or '\r\n'.
        self._check_open()
        size = _optional_size(size)
        buffer, pos = self._buffer, self._pos
        cr, lf = buffer.find('\r', pos), buffer.find('\n', pos)
        if cr < 0 and lf < 0:
            end = len(buffer)
        elif cr < 0 or (0 <= lf < cr):
            end = lf + 1
        else:
            end = cr + 2 if buffer.startswith('\n', cr + 1) else cr + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        data = buffer[pos:end]
        self._pos = max(pos, end)
        return data

    def flush(self):
        pass

    def __iter__(self):
        self._check_open('I/O operation on closed file.')
        return self

    def _check_type(self, data):
        if not isinstance(data, str):
            raise TypeError(f'string argument expected, got {type(data).__name__!r}')

    def _empty_padding(self, n):
        return '\0' * n

    def _seek_relative(self, pos):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")

    def _seek_end(self, pos):
        if pos != 0:
            # CPython's own words for this case too.
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = len(self._buffer)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        # The kinds of line ending written, as CPython's decoder names them.
        kinds = [kind for bit, kind in ((1, '\r'), (2, '\n'), (4, '\r\n'))
                 if self._seen_newlines & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)


class BytesIO(_Memory, BufferedIOBase):
    __module__ = '_io'

    def __init__(self, initial_bytes=None):
        # Any bytes-like object, copied; None is empty.
        if initial_bytes is None:
            initial_bytes = b''
        elif not isinstance(initial_bytes, (bytes, bytearray, memoryview)):
            raise TypeError(
                f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        self._buffer = bytes(initial_bytes)
        self._pos = 0
        self._closed = False
        self._newline = b'\n'

    def __iter__(self):
        # C BytesIO's iterator does not look at closed (its next() does, through readline).
        return self

    def _check_type(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")

    def write(self, data):
        if isinstance(data, (bytearray, memoryview)):
            data = bytes(data)
        return _Memory.write(self, data)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def _hint_reached(self, hint, total):
        # BytesIO's own readlines stops once the total reaches `hint`, where IOBase's waits
        # for it to be passed.
        return 0 < hint <= total

    def _empty_padding(self, n):
        return b'\0' * n

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buffer)

    def read1(self, size=-1):
        return self.read(size)

