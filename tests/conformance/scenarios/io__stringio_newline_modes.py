# io.StringIO's newline modes, as a text file's: None translates '\r\n' and '\r' to '\n' as
# written; '' keeps every ending and a line ends at any of them (what csv wants); '\r' and
# '\r\n' are written for '\n' and end lines. newlines names the kinds written; a bad mode
# is refused.
import io, csv
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\r\nb\rc\n', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
    s = io.StringIO(newline=nl); s.write('x\ny\r\n'); print('  w', repr(s.getvalue()), s.newlines)
    s.seek(0); print('  lines', list(s))
for bad in ('x', 5):
    try: io.StringIO(newline=bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
rows = list(csv.reader(io.StringIO('a,"b\rc"\r\nd,e\r\n', newline='')))
print(rows)
s = io.StringIO(); s.write('one\r\ntwo\n'); print(s.newlines, repr(s.getvalue()))
print(io.StringIO('abc').readline(2), io.StringIO('a\r\nb', newline='').readline(2))
