# urljoin resolves a reference against a base URL the way RFC 3986 section 5.4 says: these
# are the RFC's normal and abnormal examples with base http://a/b/c/d;p?q, then the cases
# crawlers meet (absolute links, other schemes, protocol-relative links, fragments only).
from urllib.parse import urljoin, urldefrag

base = 'http://a/b/c/d;p?q'
normal = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
          'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g']
abnormal = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x',
            'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g']
for ref in normal + abnormal:
    print(f'{ref!r:16} -> {urljoin(base, ref)}')

page = 'https://shop.example/catalog/items/index.html?page=2#list'
for link in ['item-7.html', '../about/', '/cart', '//cdn.example/app.js',
             'https://other.example/x', 'mailto:hi@shop.example', '#reviews', '?page=3']:
    print(urljoin(page, link))
print(urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('http://h/a/', 'b', False))
print(urljoin(b'http://h/a/b', b'../c'), urljoin('svn+ssh://h/r/x', 'y'))
print(urljoin('mailto:a@b', 'c'), urljoin('http://h', 'p'), urljoin('http://h/a//b/', 'c'))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag(b'/x#y'))
print(urldefrag('http://h/p#f').geturl(), urldefrag(b'/x#y').geturl())
