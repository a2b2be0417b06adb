# Closed in-memory streams: which operations refuse and with which words (StringIO's own
# methods say it without a full stop, the ones it inherits and all of BytesIO's with one).
import io
for cls in (io.StringIO, io.BytesIO):
    s = cls()
    s.close()
    x = '' if cls is io.StringIO else b''
    for op, args in [('getvalue', ()), ('read', ()), ('write', (x,)), ('tell', ()), ('seek', (0,)), ('readline', ()), ('__iter__', ()), ('__enter__', ()), ('flush', ()), ('truncate', ()), ('readable', ())]:
        try:
            getattr(s, op)(*args)
        except ValueError as e:
            print(cls.__name__, op, e)
