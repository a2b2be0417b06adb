# binascii: CPython's is a C extension; this is its base64, hex and crc32 part in Python,
# with the C module's argument checks and error messages.


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64_ALPHABET)}
_HEX_DIGITS = b'0123456789abcdef'


def _binary(data):
    # What the C functions accept as a read-only buffer ("y*").
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_data(data):
    # The converter of the a2b_* functions: bytes-like or an ASCII-only str.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError('argument should be bytes, buffer or ASCII string, not %r'
                    % type(data).__name__)


def b2a_base64(data, /, *, newline=True):
    data = _binary(data)
    out = bytearray()
    full = len(data) - len(data) % 3
    for i in range(0, full, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                      _B64_ALPHABET[(n >> 6) & 63], _B64_ALPHABET[n & 63]))
    rest = len(data) - full
    if rest == 1:
        n = data[full] << 16
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((_B64_ALPHABET[n >> 18], _B64_ALPHABET[(n >> 12) & 63],
                      _B64_ALPHABET[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUES.get(c)
        if value is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = value
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (value >> 4)) & 255)
            left = value & 15
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (value >> 2)) & 255)
            left = value & 3
            quad_pos = 3
        else:
            out.append(((left << 6) | value) & 255)
            left = 0
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _binary(data)
    digits = bytearray()
    for b in data:
        digits.append(_HEX_DIGITS[b >> 4])
        digits.append(_HEX_DIGITS[b & 15])
    if sep is None or not data:
        return bytes(digits)
    if isinstance(sep, str):
        if not sep.isascii():
            raise ValueError('sep must be ASCII.')
        sep = sep.encode('ascii')
    elif isinstance(sep, (bytes, bytearray)):
        sep = bytes(sep)
    elif len(sep) != 1:
        raise ValueError('sep must be length 1.')
    else:
        raise TypeError('sep must be str or bytes.')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if bytes_per_sep == 0:
        return bytes(digits)
    group = abs(bytes_per_sep) * 2
    text = bytes(digits)
    if bytes_per_sep > 0:
        first = len(text) % group or group
        pieces = [text[:first]]
        pieces += [text[i:i + group] for i in range(first, len(text), group)]
    else:
        pieces = [text[i:i + group] for i in range(0, len(text), group)]
    return sep.join(pieces)


def hexlify(data, sep=None, bytes_per_sep=1):
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr, /):
    hexstr = _ascii_data(hexstr)
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(hexstr), 2):
        hi = _hex_value(hexstr[i])
        lo = _hex_value(hexstr[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


def unhexlify(hexstr, /):
    return a2b_hex(hexstr)


def _hex_value(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0, /):
    data = _binary(data)
    if not isinstance(crc, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(crc).__name__)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
