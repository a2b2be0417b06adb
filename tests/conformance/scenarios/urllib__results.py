# The result types are named tuples with extra methods: they compare equal to plain tuples,
# unpack, have _asdict/_make/_replace, and take a type argument (ParseResult[str]).
# urlsplit caches its results, so the same URL gives the very same object. The module's
# scheme tables say which schemes take relative links, a netloc or ;params.
import urllib.parse
from urllib.parse import (urlparse, urlsplit, ParseResult, SplitResult, DefragResult,
                          ParseResultBytes, ResultBase, urldefrag)

r = urlparse('http://h/p')
print(r._asdict(), ParseResult._make(['a', 'b', 'c', 'd', 'e', 'f']), SplitResult._field_defaults)
print(ParseResult[str], SplitResult.__name__, SplitResult.__qualname__, SplitResult.__module__)
print(r == ('http', 'h', '/p', '', '', ''), hash(r) == hash(tuple(r)), r + ('x',), r[-1:])
print(ResultBase.__name__, urllib.parse.uses_relative[:3], urllib.parse.scheme_chars[-4:])
print(urlsplit('http://h/p') is urlsplit('http://h/p'), urlsplit('http://h/p') == urlsplit(b'http://h/p'))
s, n, p, q, f = urlsplit('http://h/p?q#f')
print(s, n, p, q, f, urldefrag('a#b')[1], DefragResult('x', 'y').encode(), DefragResult('x', '').geturl())
print(sorted(urllib.parse.__all__), len(urllib.parse.__all__))
print(ParseResultBytes(b'http', b'[::1]:80', b'/', b'', b'', b'').hostname, SplitResult('', '', '', '', '').port)
print(SplitResult('https', 'a:b@h:9', '/', 'q', '').geturl(), ParseResult(*'abcdef').geturl())
print('ws' in urllib.parse.uses_netloc, 'tel' in urllib.parse.uses_params, urllib.parse.non_hierarchical[:2])
for name in ['urlparse', 'urljoin', 'quote', 'urlencode']:
    print(name, getattr(urllib.parse, name).__module__)
urllib.parse.clear_cache()
print(urlsplit('http://h/p') == ('http', 'h', '/p', '', ''), type(urlsplit('x')).__mro__[1].__name__)
