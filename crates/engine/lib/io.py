# io, written for Loopscope from CPython 3.11's behaviour: the in-memory streams StringIO
# and BytesIO (CPython's are C, in _io; its _pyio module writes the same in Python). There
# are no files: open() stays unsupported.

__all__ = ['StringIO', 'BytesIO', 'TextIOWrapper', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'UnsupportedOperation']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


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

    def readlines(self, hint=-1):
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
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        if self._io_closed:
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


class _Buffered(BufferedIOBase):
    # What BufferedReader and BufferedWriter share: the raw stream under them.

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size

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

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def flush(self):
        if self.raw.closed:
            raise ValueError('flush of closed file')

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f'<_io.{type(self).__name__}>'
        return f'<_io.{type(self).__name__} name={name!r}>'


class BufferedReader(_Buffered):
    """Reads a raw stream in chunks of buffer_size and hands out what was asked."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        super().__init__(raw, buffer_size)
        self._pending = b''

    def readable(self):
        return self.raw.readable()

    def _chunk(self, size):
        # One raw read: b'' at the end of the stream.
        if self.raw.closed:
            raise ValueError('read of closed file')
        buffer = bytearray(size)
        n = self.raw.readinto(buffer)
        return bytes(buffer[:n or 0])

    def read(self, size=-1):
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
        if not self._pending:
            self._pending = self._chunk(self.buffer_size)
        if size is None or size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def peek(self, size=0):
        if not self._pending:
            self._pending = self._chunk(self.buffer_size)
        return self._pending

    def readline(self, size=-1):
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


class BufferedWriter(_Buffered):
    """Collects writes and hands them to a raw stream when buffer_size is reached or on
    flush()."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        super().__init__(raw, buffer_size)
        self._unsent = bytearray()

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        if self.raw.closed:
            raise ValueError('write to closed file')
        self._unsent += b
        if len(self._unsent) >= self.buffer_size:
            self._send_all()
        return len(b)

    def _send_all(self):
        while self._unsent:
            n = self.raw.write(bytes(self._unsent))
            del self._unsent[:n]

    def flush(self):
        super().flush()
        self._send_all()


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer over two raw streams (a socket's one, twice)."""

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


def _complete_prefix(data, encoding):
    # How much of `data` decodes now: a UTF-8 character cut by a read waits for its tail.
    if encoding.lower().replace('-', '').replace('_', '') not in ('utf8', 'utf8sig'):
        return len(data)
    for back in range(1, min(4, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 != 0x80:  # the last character's first byte
            needed = 2 if byte >= 0xC0 else 1
            needed = 3 if byte >= 0xE0 else needed
            needed = 4 if byte >= 0xF0 else needed
            return len(data) - back if needed > back else len(data)
    return len(data)


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary stream: decoding, and newlines translated as `newline`
    asks (None: universal on reading, os.linesep on writing)."""

    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument \'encoding\' must be str or None, '
                            f'not {type(encoding).__name__}')
        self.buffer = buffer
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline
        self._undecoded = b''
        self._decoded = ''
        self._cr_held = False  # universal newlines: a '\r' that may start a '\r\n'
        self._eof = False

    newlines = None

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer, self.buffer = self.buffer, None
        return buffer

    def write(self, text):
        self._check_open()
        if not isinstance(text, str):
            raise TypeError(f'write() argument must be str, not {type(text).__name__}')
        data = text
        if self._newline not in (None, '', '\n'):
            data = data.replace('\n', self._newline)
        self.buffer.write(data.encode(self.encoding, self.errors))
        if self.write_through or (self.line_buffering and ('\n' in text or '\r' in text)):
            self.flush()
        return len(text)

    def _take_in(self, data):
        # Decodes what arrived (b'' at the end of the stream) into `_decoded`.
        data = self._undecoded + data
        cut = len(data) if self._eof else _complete_prefix(data, self.encoding)
        self._undecoded = data[cut:]
        text = data[:cut].decode(self.encoding, self.errors)
        if self._newline is None:
            if self._cr_held:
                text = '\r' + text
                self._cr_held = False
            if text.endswith('\r') and not self._eof:
                text = text[:-1]
                self._cr_held = True
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._decoded += text

    def _read_more(self):
        # One buffered read (as much as has arrived); False once the stream has ended.
        if self._eof:
            return False
        reader = getattr(self.buffer, 'read1', self.buffer.read)
        data = reader(DEFAULT_BUFFER_SIZE)
        if not data:
            self._eof = True
        self._take_in(data)
        return bool(data)

    def _line_end(self, text):
        # Where the first complete line of `text` ends, or -1.
        newline = self._newline
        if newline is None or newline == '\n':
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

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or 0 <= size <= len(self._decoded) or self._eof:
                break
            self._read_more()
        if end < 0:
            end = len(self._decoded)
        if size >= 0:
            end = min(end, size)
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        return line

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        while (size < 0 or len(self._decoded) < size) and self._read_more():
            pass
        if size < 0:
            size = len(self._decoded)
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

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


class _Memory:
    # The buffer and position both streams share; `_empty` is '' or b''. Mixed in before
    # their io base class (TextIOBase, BufferedIOBase), so that what it defines wins and
    # isinstance(stream, io.IOBase) holds, as in CPython; lines come from IOBase.
    # StringIO's own checks say it without the full stop its base class (and BytesIO) uses.
    _closed_text = 'I/O operation on closed file.'

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
        self._check_open()
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
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos)
        elif whence == 2:
            self._seek_end(pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def _seek_relative(self, pos):
        self._pos = max(0, self._pos + pos)

    def _seek_end(self, pos):
        self._pos = max(0, len(self._buffer) + pos)

    def getvalue(self):
        self._check_open()
        return self._buffer

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            size = len(self._buffer)
        data = self._buffer[self._pos:self._pos + size]
        self._pos += len(data)
        return data

    def readline(self, size=-1):
        self._check_open()
        end = self._buffer.find(self._newline, self._pos)
        end = len(self._buffer) if end < 0 else end + 1
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
        buffer = self._buffer
        if self._pos > len(buffer):
            buffer = buffer + self._empty_padding(self._pos - len(buffer))
        self._buffer = buffer[:self._pos] + data + buffer[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'Negative size value {size}')
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

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._buffer = initial_value or ''
        self._pos = 0
        self._closed = False
        self._newline = '\n'

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
            raise OSError("Can't do nonzero end-relative seeks")
        self._pos = len(self._buffer)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None


class BytesIO(_Memory, BufferedIOBase):
    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._buffer = bytes(initial_bytes)
        self._pos = 0
        self._closed = False
        self._newline = b'\n'

    def _check_type(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")

    def write(self, data):
        if isinstance(data, bytearray):
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

