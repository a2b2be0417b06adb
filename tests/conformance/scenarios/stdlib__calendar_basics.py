import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(0, 1))
print(calendar.weekday(2024, 2, 29), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1, 1))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(calendar.month_name[1:4], calendar.day_abbr[-1], len(calendar.month_name), len(calendar.day_name))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.month(2024, 1))
calendar.prmonth(2023, 12)
print(calendar.month(2024, 2, 4, 2))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 9))
print(calendar.weekheader(3))
print(repr(calendar.weekheader(9)))
calendar.setfirstweekday(0)
for bad in [0, 13, -1]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2024, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    calendar.month_name[13]
except IndexError as e:
    print(type(e).__name__, e)
print(calendar.timegm((2024, 1, 15, 12, 30, 45, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)))
print(calendar.error is ValueError, calendar.mdays, calendar.EPOCH)
print(calendar.monthcalendar(2021, 2))
