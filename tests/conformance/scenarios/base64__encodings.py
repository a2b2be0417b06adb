# base64's encodings: standard and URL-safe Base64 (optionally with other characters for
# '+' and '/'), Base32 and its hex alphabet, Base16, and encodebytes' lines of 76
# characters. Decoders take bytes or ASCII str; non-alphabet characters are skipped by
# b64decode unless validate=True.
import base64

data = b'\x00\xfbasyncio\xff?>'
for n in range(7):
    print(n, base64.b64encode(data[:n]), base64.b32encode(data[:n]), base64.b16encode(data[:n]))
print(base64.b64encode(data, altchars=b'-_'), base64.urlsafe_b64encode(data), base64.standard_b64encode(data))
print(base64.b64decode('AP thc3luY2lv/z8+'), base64.b64decode(b'AP-hc3luY2lv_z8-', altchars='-_'))
print(base64.urlsafe_b64decode('APthc3luY2lv_z8-'), base64.urlsafe_b64decode(b'APthc3luY2lv/z8+'))
print(base64.standard_b64decode('aGk='), base64.b64decode(bytearray(b'aGk=')), base64.b64decode(memoryview(b'aGk=')))
print(base64.b64decode('aGk=\n', validate=False), base64.b64decode('aGk=trailing'), base64.b64decode('a=G=k='))
print(base64.b64encode(bytearray(b'xy')), base64.b64encode(memoryview(b'xyz')), base64.b64encode(b''))
print(base64.b32decode('MFRGGZDFMZTWQ==='), base64.b32decode('mfrgg===', casefold=True))
print(base64.b32decode('MF0GGZDF', map01='L'), base64.b32decode('MF1GGZDF', map01=b'I'))
print(base64.b32hexencode(b'hello'), base64.b32hexdecode('D1IMOR3F'), base64.b32hexdecode(b'c5h66===', True))
print(base64.b16decode('00FF10'), base64.b16decode(b'abcd', casefold=True), base64.b16encode(bytearray(b'\x01')))
print(base64.encodebytes(bytes(range(60))))
print(base64.encodebytes(b''), base64.encodebytes(b'short'), len(base64.encodebytes(bytes(200)).split(b'\n')))
print(base64.decodebytes(b'AAECAwQF\nBgcI\n'), base64.decodebytes(bytearray(b'eA==')))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types, base64.__all__[:6])
token = base64.urlsafe_b64encode('user:pässwörd'.encode()).rstrip(b'=')
print(token, base64.urlsafe_b64decode(token + b'=' * (-len(token) % 4)).decode())
