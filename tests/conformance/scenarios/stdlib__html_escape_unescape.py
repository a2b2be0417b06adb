import html
from html import entities

print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">Tom & Jerry\'s</a>', quote=False))
tests = [
    '&lt;p&gt;', '&amp;amp;', '&#60;&#x3C;&#X3c;', '&#0;&#13;&#128;&#150;&#x9f;',
    '&#xD800;&#1114112;&#99999999999;', '&#1;&#11;&#xfffe;&#x10ffff;&#x10fffd;',
    '&copy 2024', '&copy;', '&notit;', '&notin;', '&amp', '&ampx', '&nosuch;', '& ',
    '&#;', '&#x;', '&#65', '&#x41g', 'a &eacute; b &Eacute;', '&NotEqualTilde;',
    '&nbsp;&nbsp', '&quot&apos;', 'no refs', '&lt&gt', '&ab;cd', '&' + 'a' * 40 + ';',
    '&#x1F600;',
]
for t in tests:
    print(repr(t), ascii(html.unescape(t)))
print(len(entities.html5), len(entities.name2codepoint), len(entities.codepoint2name))
print(entities.name2codepoint['eacute'], entities.codepoint2name[233], entities.entitydefs['amp'])
print(ascii(entities.html5['NotEqualTilde;']), entities.html5['amp'], entities.html5.get('amp;'))
print(list(entities.name2codepoint)[:5], list(entities.html5)[:5])
print(list(entities.codepoint2name.items())[-3:], entities.__all__, html.__all__)
try:
    html.escape(None)
except AttributeError as e:
    print('AttributeError:', e)
