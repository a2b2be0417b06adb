from html.parser import HTMLParser

class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []
    def handle_starttag(self, tag, attrs): self.events.append(('start', tag, attrs))
    def handle_endtag(self, tag): self.events.append(('end', tag))
    def handle_data(self, data): self.events.append(('data', data))
    def handle_comment(self, data): self.events.append(('comment', data))
    def handle_charref(self, data): self.events.append(('charref', data))
    def handle_entityref(self, data): self.events.append(('entityref', data))

chunks = ['<di', 'v cl', 'ass="a', '">Hello &am', 'p; wor', 'ld &#3', '9; </d', 'iv',
          '>', '<!-', '- c -', '->', 'tail &', '']
for conv in (True, False):
    p = Recorder(convert_charrefs=conv)
    for c in chunks:
        p.feed(c)
        print(repr(c), repr(p.rawdata), p.events)
        p.events.clear()
    p.close()
    print('closed', p.events)

odd = ['<', '< p>', 'a < b', '<p attr', '</', '</>', '</ p>', '</p foo="bar">', '<!x>',
       '<!-->', '<!-- a -- b -->', '&', '&#', '&#;x', 'a&b', '&#1234', '<p a="1" b=\'2\' c=3 d e=>',
       '<p/a>', '<p a=">">', '<P ID=X>', '<br/ >', '<img src=a.png/>', '<script>a</script >b',
       '<style><b></style>', '<script>x</scriptx></script>', '<p =x>', '<p a==b>']
for s in odd:
    for conv in (True, False):
        p = Recorder(convert_charrefs=conv)
        p.feed(s)
        mid = list(p.events)
        p.close()
        print(repr(s), conv, mid, p.events[len(mid):], p.getpos())
