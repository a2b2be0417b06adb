# Built-ins whose keywords are keyword-only (min, max, sorted, zip) count them before reading
# their names; the others name the first keyword they do not take.
calls = [
    lambda: min([1], key=len, default=0, extra=1),
    lambda: min([1], extra=1),
    lambda: max([1], key=len, extra=1),
    lambda: sorted([2, 1], key=None, reverse=False, extra=1),
    lambda: sorted([2, 1], bad=1),
    lambda: zip([1], strict=True, extra=1),
    lambda: zip([1], extra=1),
    lambda: print(1, sep="", extra=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
