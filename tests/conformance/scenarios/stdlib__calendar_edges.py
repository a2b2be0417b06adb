import calendar
tc = calendar.TextCalendar(firstweekday=-1)
print(tc.firstweekday, tc.formatmonth(2024, 6))
print(tc.formatyear(2024, m=5)[:500])
for kw in [dict(m=0), dict(w=-3, l=-1, c=-5, m=2)]:
    try:
        print(tc.formatyear(2021, **kw)[:200])
    except Exception as e:
        print(type(e).__name__, e)
h = calendar.HTMLCalendar()
print(h.formatyear(2024, width=5).count('<tr>'))
try:
    h.formatmonth(2024, 13)
except Exception as e:
    print(type(e).__name__, e)
try:
    calendar.month(2024, 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    calendar.TextCalendar().formatmonthname(2024, 14, 20)
except Exception as e:
    print(type(e).__name__, e)
print(calendar.Calendar(3).monthdays2calendar(2024, 2)[0])
print(repr(calendar.TextCalendar().formatmonthname(-5, 1, 20)))
print(calendar.month(1, 1))
print(calendar.month(9999, 12))
print(calendar.month(10000, 1))
