# csv over asyncio results: DictWriter to stdout (header, None as empty, quotes doubled),
# writer quoting (QUOTE_NONNUMERIC, a lone empty field, newlines), DictReader with restval/
# restkey and blank lines skipped, reader line_num, registered dialects, and the errors of
# bad dialect settings, strict parsing and fields DictWriter does not know.
import asyncio, csv, io, sys

async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return {"id": i, "name": f"item {i}", "price": i * 1.5, "note": 'has "quotes", commas' if i == 2 else None}

async def main():
    rows = await asyncio.gather(*(fetch(i) for i in range(1, 4)))
    w = csv.DictWriter(sys.stdout, fieldnames=["id", "name", "price", "note"])
    w.writeheader()
    w.writerows(rows)
    buf = io.StringIO()
    wr = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
    print(wr.writerow(["a", 1, 2.5, None, True]))
    wr.writerow([])
    wr.writerow([""])
    wr.writerow(["multi\nline", "tab\there", "cr\rx"])
    print(repr(buf.getvalue()))
    text = 'id,name,score\r\n1,"Smith, J",90\r\n2,"O""Brien",85\r\n\r\n3,Lee\r\n4,Kim,70,extra\r\n'
    for row in csv.DictReader(io.StringIO(text), restval="?", restkey="more"):
        print(row)
    r = csv.reader(io.StringIO(text))
    print(next(r), r.line_num, list(r), r.line_num)
    print(list(csv.reader(['a;b;"c;d"'], delimiter=";")), list(csv.reader(["1,2,x"], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
    print(list(csv.reader(['"multi', 'line",x'])), list(csv.reader([' a, "b"'], skipinitialspace=True)), list(csv.reader(['a\\,b,c'], escapechar="\\")))
    u = csv.writer(sys.stdout, dialect="unix"); u.writerow(["x", 1, None])
    t = csv.writer(sys.stdout, "excel-tab"); t.writerow(["a b", "c\td"])
    csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_NONE, escapechar="\\")
    p = csv.writer(sys.stdout, dialect="pipes"); p.writerow(["a|b", "c"])
    print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.field_size_limit())
    for bad in [dict(delimiter="ab"), dict(delimiter=1), dict(quoting=9), dict(quotechar=None), dict(lineterminator=1), dict(bogus=1), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(delimiter=None)]:
        try:
            csv.writer(sys.stdout, **bad).writerow(["v"])
        except (TypeError, csv.Error) as e:
            print(bad, type(e).__name__, e)
    for f in (lambda: csv.get_dialect("nope"), lambda: csv.writer(sys.stdout).writerow(5), lambda: csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow(["a,b"]),
              lambda: list(csv.reader(['a"b,"c"d'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)), lambda: list(csv.reader([1])), lambda: csv.writer(sys.stdout, quoting=csv.QUOTE_NONE).writerow([""]),
              lambda: csv.DictWriter(sys.stdout, ["a"]).writerow({"a": 1, "b": 2}), lambda: list(csv.reader(["a\nb"])), lambda: csv.Dialect(), lambda: list(csv.reader(['"a"b,c']))):
        try:
            print(f())
        except (csv.Error, ValueError, TypeError) as e:
            print(type(e).__name__, e)
    print(csv.Error.__module__, type(csv.reader([])).__name__, repr(csv.excel.lineterminator), csv.QUOTE_ALL)

asyncio.run(main())
