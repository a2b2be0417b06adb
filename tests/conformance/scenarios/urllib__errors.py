# What urllib.parse refuses: unbalanced or malformed bracketed hosts fail when the URL is
# split, while a bad port only fails when .port is read (not a number, or outside
# 0-65535). str and bytes arguments cannot be mixed. The last error is not caught: a
# urlencode of dict items (not subscriptable) chains the TypeError that caused it.
from urllib.parse import urlparse, urlsplit, urljoin, urlunparse, parse_qsl, urlencode

for url in ['http://[::1', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[zz]/',
            'http://[v1.fe]/', 'http://[vx.1]/', 'http://[::ffff:1.2.3.4]:8/',
            'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[fe80::1%]/',
            'http://[::1.2.3]/', 'http://[1:2:3:4:5:6:7::]/', 'http://[::]/']:
    try:
        r = urlsplit(url)
        print('ok', r.hostname, r.port)
    except ValueError as e:
        print('ValueError', e)

for netloc in ['h:65535', 'h:65536', 'h:-1', 'h:http', 'h:0', 'h: 8', 'h:８０', '[::1]:99999',
               'h:00080', 'u@h:1:2']:
    r = urlparse('http://' + netloc + '/')
    try:
        print(repr(netloc), r.port)
    except ValueError as e:
        print(repr(netloc), 'ValueError', e)

for call in [lambda: urljoin('http://h/', b'x'), lambda: urlparse(b'http://h', 'https'),
             lambda: urlunparse(('http', b'h', '', '', '', '')), lambda: parse_qsl('a=1', separator=b'&'),
             lambda: urlparse(5), lambda: urlunparse(('a', 'b')), lambda: urlparse('http://h/', 'x', True, 1)]:
    try:
        print(call())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

print(urlencode({'q': 'ok'}))
print(urlencode({'a': [1, 2]}.items()))
