from html.parser import HTMLParser
class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            d = dict(attrs)
            self.links.append(d.get('href'))
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
rows = ''.join(f'<tr><td class="c{i}"><a href="/item/{i}?x=1&amp;y=2">Item {i} &lt;{i*i}&gt;</a></td></tr>\n' for i in range(300))
p = LinkParser()
p.feed('<table>' + rows + '</table>')
p.close()
print(len(p.links), p.links[:3], p.links[-1])
print(len(p.text), p.text[:3])
print(p.getpos())
