# parse_qs and parse_qsl read a query string: '+' is a space, blank values are dropped unless
# keep_blank_values, strict_parsing turns malformed fields into ValueError, max_num_fields
# caps the field count. urlencode goes the other way; with doseq a sequence value becomes
# one field per item.
from urllib.parse import parse_qs, parse_qsl, urlencode, quote

qs = 'a=1&b=two+words&a=3&empty=&flag&c=%E2%82%AC&&d=x=y'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'k=v&k=%41+b'), parse_qs(''))
print(parse_qsl('x=%ff', errors='ignore'), parse_qsl('x=caf%e9', encoding='latin-1'))
print(parse_qs('a=1&a=2', max_num_fields=2), parse_qsl('', max_num_fields=0))
for bad in [dict(strict_parsing=True, qs='a=1&&b=2'), dict(strict_parsing=True, qs='a=1&b'),
            dict(max_num_fields=2, qs='a=1&b=2&c=3'), dict(separator='', qs='a=1'),
            dict(separator=None, qs='a=1'), dict(separator=b'&', qs='a=1')]:
    try:
        print(parse_qsl(**bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(urlencode({'q': 'async io', 'lang': 'en', 'n': 10}))
print(urlencode([('tag', 'a'), ('tag', 'b&c'), ('x', None)]))
print(urlencode({'ids': [1, 2, 3], 's': 'ab', 'b': b'\xff', 't': ('x', b'y')}, doseq=True))
print(urlencode({'ids': [1, 2, 3]}), urlencode({'k': 5}, doseq=True), urlencode({}))
print(urlencode({'path': '/a b/'}, safe='/'), urlencode({'p': '/a b/'}, quote_via=quote))
print(urlencode({'é': 'ü'}, encoding='latin-1'), urlencode({'e': '€'}, encoding='ascii', errors='replace'))
print(urlencode(((b'k', b'v w'),)), urlencode([]))
for bad in ['a=1', [1, 2], 5, ['ab']]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)
print(parse_qs(urlencode({'round': ['tr ip', 'ü&=']}, doseq=True)))
