from html.parser import HTMLParser

class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs, self.getpos(), repr(self.get_starttag_text()))
    def handle_endtag(self, tag):
        print('end', tag, self.getpos())
    def handle_startendtag(self, tag, attrs):
        print('startend', tag, attrs)
    def handle_data(self, data):
        print('data', repr(data))
    def handle_comment(self, data):
        print('comment', repr(data))
    def handle_decl(self, decl):
        print('decl', repr(decl))
    def handle_pi(self, data):
        print('pi', repr(data))
    def handle_charref(self, name):
        print('charref', repr(name))
    def handle_entityref(self, name):
        print('entityref', repr(name))
    def unknown_decl(self, data):
        print('unknown_decl', repr(data))

doc = '''<!DOCTYPE html>
<html lang="en"><head><title>Test &amp; page</title>
<meta charset=utf-8 /><style>p > a { color: red }</style>
<script>if (a < b && c) { x = "</p>"; }</script></head>
<body class='main wide' data-x="1 &lt; 2" hidden>
<!-- a comment --><?xml-stylesheet href="s.css"?>
<p>Caf&eacute; &#233; &#xE9; &copy 2024 &nosuch; <br/><img src="a.png" alt=""></p>
<![CDATA[raw < data]]><![if !IE]>x<![endif]>
<a href=/path?a=1&b=2 TITLE="Up">link</A></body></html>
'''
for conv in (True, False):
    print('--- convert_charrefs', conv)
    p = P(convert_charrefs=conv)
    p.feed(doc)
    p.close()
    print(p.getpos(), repr(p.rawdata), p.lasttag)
