# base64: Base64 (standard and URL-safe), Base32 (and its hex alphabet) and Base16 over
# binascii, with CPython's argument handling and errors; Ascii85 and Base85 by hand.

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % type(s).__name__)


def _to_bytes(s):
    # memoryview(s).tobytes() for what is not bytes already.
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, memoryview):
        return s.tobytes()
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return encoded
    assert len(altchars) == 2, repr(altchars)
    return encoded.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_urlsafe_decode_translation))


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# How many '=' end the last group of eight for each count of leftover bytes.
_B32_PADDING = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(n >> shift) & 31])
    if leftover:
        pad = _B32_PADDING[leftover]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = {c: i for i, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    out = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            value = values.get(c)
            if value is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + value
        out += acc.to_bytes(5, 'big')
    if total % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        acc <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        out[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(out)


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_A85START = b'<~'
_A85END = b'~>'
_A85CHARS = bytes(range(33, 118))
_B85ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85VALUES = {c: i for i, c in enumerate(_B85ALPHABET)}


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    # Each big-endian 4-byte word is five base-85 digits; a short last word is padded
    # with NULs and, unless `pad`, its extra digits are dropped.
    b = _to_bytes(b)
    padding = -len(b) % 4
    if padding:
        b = b + b'\0' * padding
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            chunks.append(b'z')
        elif foldspaces and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digit = divmod(word, 85)
                digits[k] = alphabet[digit]
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = bytes([alphabet[0]]) * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85CHARS, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        # the closing `~>` must fit on the last line
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    # Four 'u's (the highest digit) complete a last partial group; its bytes are cut after.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + d - 33
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(acc.to_bytes(4, 'big'))
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    return _85encode(b, _B85ALPHABET, pad)


def b85decode(b):
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            value = _B85VALUES.get(b[j])
            if value is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + value
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


def _input_type_check(s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__)


def encodebytes(s):
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
