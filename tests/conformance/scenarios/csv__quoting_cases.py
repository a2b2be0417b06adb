# The csv reader's state machine and the writer's quoting, case by case: quotes inside and
# after fields, doubled quotes, escape characters, QUOTE_NONE, strict mode, QUOTE_NONNUMERIC
# turning unquoted fields into floats, skipinitialspace, and the errors each one raises.
import csv, io, sys
cases = ['a,b', 'a,"b', '"a""b"', '"a"x', 'a""b', ',,', '', ' ', '"",""', 'a,b,', '"x\ny"', 'a\\"b', '\t', '1.5,abc', 'é,ü', '"a" ,b', 'x\r']
for text in cases:
    for kw in [{}, dict(doublequote=False, escapechar="\\"), dict(quoting=csv.QUOTE_NONE), dict(strict=True), dict(quoting=csv.QUOTE_NONNUMERIC), dict(skipinitialspace=True)]:
        try:
            print(repr(text), kw, list(csv.reader(io.StringIO(text), **kw)))
        except (csv.Error, ValueError) as e:
            print(repr(text), kw, type(e).__name__, e)
for row in [["a", "b,c"], ['q"x'], [None, ""], [1.5, True, 3], ["", ""], ["\\"], ["x\r\ny"], [b"bytes"], ["é"]]:
    for kw in [{}, dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONE, escapechar="\\"), dict(doublequote=False, escapechar="\\"), dict(lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC), dict(quotechar="'")]:
        buf = io.StringIO()
        try:
            csv.writer(buf, **kw).writerow(row)
            print(row, kw, repr(buf.getvalue()))
        except (csv.Error, ValueError) as e:
            print(row, kw, type(e).__name__, e)
