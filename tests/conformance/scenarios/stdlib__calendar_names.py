import calendar, datetime, time
print('March' in calendar.month_name, 'Foo' in calendar.month_abbr, 'Mon' in calendar.day_abbr)
abbr_to_num = {name: num for num, name in enumerate(calendar.month_abbr) if num}
print(abbr_to_num)
print(list(calendar.month_name).index('August'), calendar.month_name[-1], calendar.day_name[-2])
print(calendar.month_name[::3], calendar.day_name[5:])
print(calendar.weekday(0, 1, 1), calendar.weekday(2000, 1, 1), calendar.monthrange(0, 2), calendar.monthrange(-400, 2))
print(calendar.isleap(0), calendar.isleap(-4), calendar.leapdays(-100, 100))
for f, a in [(calendar.monthrange, (2024, 2.0)), (calendar.weekday, (2024, 2.0, 1)), (calendar.isleap, ("2024",)),
             (calendar.monthrange, (2024, None)), (calendar.timegm, ((2024, 1),)), (calendar.setfirstweekday, ("x",))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm(datetime.datetime(2030, 6, 1, 8).utctimetuple()))
print(calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2024, 2, 31, 0, 0, 0)))
today = datetime.date(2024, 5, 17)
last = calendar.monthrange(today.year, today.month)[1]
print("last day:", today.replace(day=last), "days left:", last - today.day)
# last Friday of each month
for m in range(1, 13):
    fridays = [w[calendar.FRIDAY] for w in calendar.monthcalendar(2024, m) if w[calendar.FRIDAY]]
    print(calendar.month_abbr[m], fridays[-1], end="; ")
print()
print(calendar.weekheader(1), '|', calendar.weekheader(2), '|', calendar.weekheader(10))
tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2, 1, 0))
print(tc.formatyear(2024, m=12, c=1)[:300])
print(tc.formatyear(2024, m=1)[:120])
