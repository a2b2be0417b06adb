# StringIO and BytesIO details: no encoding or errors on a StringIO, detach() unsupported,
# each stream's own words for a bad seek (StringIO says cur-relative for an end-relative
# seek too), and IOBase's message, with its full stop, for writelines/isatty once closed.
import io
s = io.StringIO(); print(s.encoding, s.errors)
for obj in (io.StringIO(), io.BytesIO()):
    try: obj.detach()
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b'abc')
for args in ((-1,), (0, 3), (1, 2), (-5, 1)):
    try: print(b.seek(*args))
    except Exception as e: print(type(e).__name__, e)
s = io.StringIO('abc')
for args in ((-1,), (0, 3), (1, 2), (1, 1)):
    try: print(s.seek(*args))
    except Exception as e: print(type(e).__name__, e)
for obj in (io.StringIO(), io.BytesIO()):
    obj.close()
    for m in ('writelines', 'isatty', 'read', 'getvalue', 'tell', 'readline', 'readable'):
        try:
            f = getattr(obj, m); f([]) if m=='writelines' else f()
        except Exception as e: print(type(obj).__name__, m, type(e).__name__, e)
