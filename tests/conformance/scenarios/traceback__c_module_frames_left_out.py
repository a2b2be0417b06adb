# Frames of what CPython writes in C have no place in a traceback: extract_tb and
# format_tb see only the program's frames around Decimal, itemgetter and OrderedDict.
import operator
import traceback
from collections import OrderedDict
from decimal import Decimal


def parse(s):
    return Decimal(s)


def pick(row):
    return operator.itemgetter(5)(row)


def oldest(d):
    return d.popitem(last=False)


for call, arg in [(parse, "x"), (pick, [1, 2]), (oldest, OrderedDict())]:
    try:
        call(arg)
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(type(e).__name__, len(tb), [f.name for f in tb])
        print("".join(traceback.format_tb(e.__traceback__)), end="")
