# Built-in and library functions whose leading parameters may also be passed by keyword:
# pow(base, exp, mod), round(number, ndigits), enumerate(iterable, start), math.isclose(a, b),
# heapq.nlargest(n, iterable), json.dumps(obj) and friends, random.choices(population),
# date.strftime(format); an argument given twice, and dict.fromkeys refusing keywords.
import asyncio
import heapq
import io
import json
import math
import random
import datetime


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    show("pow exp=", lambda: pow(2, exp=3))
    show("pow all by name", lambda: pow(base=2, exp=3, mod=5))
    show("pow twice", lambda: pow(2, base=3))
    show("pow missing exp", lambda: pow(2, mod=3))
    show("pow given twice", lambda: pow(2, 3, base=1))
    show("round by name", lambda: round(number=2.567, ndigits=1))
    show("round ndigits only", lambda: round(ndigits=1))
    show("enumerate by name", lambda: list(enumerate(iterable="ab", start=1)))
    show("enumerate start=", lambda: list(enumerate("xy", start=5)))
    show("enumerate twice", lambda: enumerate("ab", iterable="cd"))
    show("isclose twice", lambda: math.isclose(1.0, 2.0, a=1.0))
    show("isclose by name", lambda: math.isclose(a=1.0, b=1.05, rel_tol=0.1))
    show("nlargest by name", lambda: heapq.nlargest(n=2, iterable=[3, 1, 2]))
    show("nsmallest key", lambda: heapq.nsmallest(2, iterable=["bbb", "a", "cc"], key=len))
    show("dumps obj=", lambda: json.dumps(obj=[1, {"a": None}], indent=None))
    show("loads s=", lambda: json.loads(s="[1, 2]"))
    buf = io.StringIO()
    json.dump({"a": 1}, fp=buf)
    print("dump fp=", buf.getvalue())
    print("load fp=", json.load(fp=io.StringIO('{"b": [true]}')))
    random.seed(7)
    show("choices population=", lambda: random.choices(population="abc", k=3))
    show("strftime format=", lambda: datetime.date(2024, 1, 2).strftime(format="%d/%m"))
    show("fromkeys value=", lambda: dict.fromkeys(["a"], value=0))
    show("fromkeys", lambda: dict.fromkeys(["a", "b"], 0))
    await asyncio.sleep(0)


asyncio.run(main())
