# quote percent-encodes everything but letters, digits, '_.-~' and the safe characters
# ('/' by default); text is encoded as UTF-8 first. quote_plus also turns spaces into '+'.
# unquote decodes %XX runs as UTF-8 (bad bytes become U+FFFD) and leaves stray '%' alone.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes)

print(quote('/a b/c?d=e&f#g'), quote('/a b', safe=''), quote('a+b:c', safe='+:'))
print(quote('naïve café/日本'), quote('ü', encoding='latin-1'), quote('€', 'utf-8', errors='strict'))
print(quote('ü€', encoding='ascii', errors='replace'), quote('ü€', encoding='ascii', errors='ignore'))
print(quote(b'\x00\xff /~'), quote(''), quote(b''), quote('~_.-AZaz09'), quote('ü', safe='ü'))
print(quote('a/b', safe=b'/'), quote_from_bytes(b'a b', safe='/ '), quote_from_bytes(bytearray(b'%')))
print(quote_plus('a b+c/d'), quote_plus('a b', safe='/'), quote_plus(b'x y&z'), quote_plus('plain'))
print(quote_plus('a b', safe=b'+'), quote_plus('tab\there'))
print(unquote('%7Euser/a%20b%2Fc'), unquote('%e2%82%ac%ZZ%4'), unquote('%ff%fe caf%C3%A9'))
print(unquote('caf%E9', encoding='latin-1'), unquote('%ff', errors='ignore'))
print(unquote('ünï%20cödé'), unquote(b'a%20b'), unquote(''), unquote('no escapes'))
print(unquote_plus('a+b%2Bc'), unquote_plus('%E2%82%AC+%2B'), unquote_to_bytes('%e2%82%ac+%'))
print(unquote_to_bytes('ü%41'), unquote_to_bytes(b''), unquote_to_bytes(b'%7e'))
for s in ['hello world', 'ünïcode & more', '100%', 'a/b?c=d']:
    print(repr(s), '->', quote(s), '->', unquote(quote(s)) == s)
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    quote('ü', encoding='ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    quote_from_bytes('text')
except TypeError as e:
    print('TypeError:', e)
try:
    unquote(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
