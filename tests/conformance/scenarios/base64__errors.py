# Decoding errors are binascii.Error, a ValueError: a length one more than a multiple of
# four, missing padding, and with validate=True anything outside the alphabet or padding
# in the wrong place. Base32 and Base16 check padding and digits themselves. Wrong types
# are TypeErrors. The last one is not caught.
import base64
import binascii

cases = ['YQ', 'YQ=', 'YWJ', 'Y', 'YWJjZ', 'YQ==YQ==', '=YQ==', 'YQ==\n', 'Y Q==', 'YQ=a=',
         'YW=J=', 'YWJj=', '!!!!', 'ab\u00e9c', 'YW*J']
for s in cases:
    for validate in (False, True):
        try:
            print(repr(s), validate, base64.b64decode(s, validate=validate))
        except (binascii.Error, ValueError) as e:
            print(repr(s), validate, type(e).__name__, e)

for call in [lambda: base64.b32decode('MZXW6'), lambda: base64.b32decode('MZXW6==='),
             lambda: base64.b32decode('MZXW6YQ='), lambda: base64.b32decode('MZXW6Y==', True),
             lambda: base64.b32decode('1ZXW6YQ='), lambda: base64.b32decode('MZ======'),
             lambda: base64.b32decode('M=======') ,lambda: base64.b16decode('abc'),
             lambda: base64.b16decode('0g'), lambda: base64.b16decode('ab'),
             lambda: base64.b64encode('text'), lambda: base64.b64decode(42),
             lambda: base64.b32encode('x'), lambda: base64.encodebytes('x'),
             lambda: base64.decodebytes('eA=='), lambda: base64.b64decode('eA==', altchars=b'-'),
             lambda: base64.b16decode('é'), lambda: base64.urlsafe_b64decode(3.5)]:
    try:
        print(call())
    except (binascii.Error, TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

print(issubclass(binascii.Error, ValueError), binascii.Error.__mro__, binascii.Incomplete.__mro__)
print(base64.b64decode('aGVsbG8'))
