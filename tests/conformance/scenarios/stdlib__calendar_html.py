import calendar
h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2024, 4)[:400])
page = h.formatyearpage(2024, 6, css=None)
print(type(page), len(page), page[:200])
print(calendar.HTMLCalendar().formatyearpage(2023, encoding='ascii')[:300])
class MyCal(calendar.HTMLCalendar):
    cssclass_noday = "empty"
    cssclasses = ["wk"] * 5 + ["we"] * 2
    def formatday(self, day, weekday):
        if day == 14:
            return '<td class="special">14!</td>'
        return super().formatday(day, weekday)
print(MyCal().formatmonth(2024, 2))
print(h.formatweekday(3), h.formatweekheader())
print(h.formatyear(2024, 0)[:200])
class T(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        return s.replace(' 1', '*1') if day == 1 else s
print(T().formatmonth(2024, 4))
