# urlparse splits a URL into six parts and urlsplit into five (no ;params); the results are
# named tuples whose extra properties read the netloc: username, password, a lowercased
# hostname (IPv6 hosts lose their brackets, zone ids keep their case) and an int port.
# Bytes in give bytes out; encode()/decode() switch between the two kinds.
from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, ParseResult

r = urlparse('HTTP://Alice:s3cret@WWW.Example.COM:8080/a/b;type=x?q=1&r=2#top')
print(r)
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment)
print(r.username, r.password, r.hostname, r.port, r.geturl())
print(r._replace(path='/c', params='', fragment=''))
print(r[1], len(r), tuple(r)[:2], isinstance(r, tuple), ParseResult._fields)

s = urlsplit('https://[FE80::1%Eth0]:443/x;y?z')
print(s, s.hostname, s.port)
print(urlsplit('//host.example/path'), urlsplit('mailto:bob@example.com'))
print(urlsplit('path/only?x#y'), urlsplit('http://h/p#f', allow_fragments=False))
print(urlsplit('  \thttp://h/a\nb  '), urlsplit('www.example.com:80/x'))
print(urlparse('ftp://user@host').password, urlparse('http://:@h').username)
print(urlparse('http://h:/p').port, urlparse('http://h').username, urlparse('/x').hostname)
print(urlparse('localhost:8000', scheme='http'), urlparse('x', scheme='https').scheme)

print(urlunparse(('http', 'h', 'p', 'a', 'q', 'f')), urlunsplit(('file', '', '/tmp', '', '')))
print(urlunsplit(['', '', 'rel/path', 'q', '']), urlunparse(r))

b = urlsplit(b'http://u:p@H.example:81/x?y')
print(b, b.hostname, b.port, b.username)
print(b.decode(), r.encode('ascii'))
print(urlparse(b'http://h/p;q').geturl(), type(urlparse(b'x')).__name__)
print([c.__name__ for c in type(s).__mro__])
