import calendar, datetime
c = calendar.Calendar()
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdates(2024, 2))[-3:])
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 6))[:8])
print(list(c.itermonthdays3(2024, 12))[-5:])
print(list(c.itermonthdays3(1, 1))[:3])
print(list(c.itermonthdays4(9999, 12))[-3:])
print(c.monthdatescalendar(2023, 1)[0])
print(c.monthdays2calendar(2023, 1)[-1])
print(len(c.yeardatescalendar(2024)), len(c.yeardatescalendar(2024, 4)), c.yeardatescalendar(2024, 4)[0][1][0])
print(c.yeardays2calendar(2024, 6)[1][0][0])
print(c.yeardayscalendar(2024, 12)[0][11])
c2 = calendar.Calendar(firstweekday=6)
print(c2.monthdayscalendar(2024, 3))
try:
    list(c.itermonthdates(9999, 12))
except OverflowError as e:
    print("OverflowError", e)
try:
    list(c.itermonthdates(1, 1))
except ValueError as e:
    print("ValueError", e)
try:
    c.monthdayscalendar(2024, 0)
except calendar.IllegalMonthError as e:
    print(repr(e), e)
try:
    calendar.monthrange(2024, "3")
except TypeError as e:
    print("TypeError", e)
print(calendar.IllegalMonthError(5).args, calendar.IllegalWeekdayError(9).args)
# busiest: count weekdays in a month
counts = [0]*7
for d, wd in c.itermonthdays2(2024, 7):
    if d: counts[wd] += 1
print(dict(zip(calendar.day_abbr, counts)))
print([d for d in c.itermonthdates(2024, 11) if d.weekday() == calendar.THURSDAY][3])
print(calendar.__all__[:5], hasattr(calendar, 'c'))
print(type(calendar.month_name).__name__, type(calendar.day_name).__name__)
