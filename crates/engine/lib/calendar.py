# calendar, written for Loopscope from CPython 3.11's behaviour. Names come from
# datetime's strftime in the C locale (English); the Locale* calendars would need the
# `locale` module and are not supported yet.

import sys
import datetime
from itertools import repeat

import _loopscope

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _empty_name(fmt):
    return ""


class _localized_month:
    # index 0 is the empty name so that month numbers index directly
    _months = [_empty_name] + [datetime.date(2001, n, 1).strftime for n in range(1, 13)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = self._months[i]
        if isinstance(i, slice):
            return [f(self.format) for f in picked]
        return picked(self.format)

    def __len__(self):
        return 13


class _localized_day:
    # 2001-01-01 fell on a Monday, so day n of that month is weekday n - 1
    _days = [datetime.date(2001, 1, n).strftime for n in range(1, 8)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = self._days[i]
        if isinstance(i, slice):
            return [f(self.format) for f in picked]
        return picked(self.format)

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')

(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY) = range(7)


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    a = y1 - 1
    b = y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    # the Gregorian cycle repeats every 400 years: fold years datetime cannot hold
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    return first, mdays[month] + (month == February and isleap(year))


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


class Calendar(object):

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for i in range(start, start + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        yield from repeat(0, lead)
        yield from range(1, ndays + 1)
        trail = (self.firstweekday - first - ndays) % 7
        yield from repeat(0, trail)

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - ndays) % 7
        py, pm = _prevmonth(year, month)
        stop = _monthlen(py, pm) + 1
        for d in range(stop - lead, stop):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        items = list(self.itermonthdates(year, month))
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdays2calendar(self, year, month):
        items = list(self.itermonthdays2(year, month))
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdayscalendar(self, year, month):
        items = list(self.itermonthdays(year, month))
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def yeardatescalendar(self, year, width=3):
        months = [self.monthdatescalendar(year, m) for m in range(January, January + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, m) for m in range(January, January + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, m) for m in range(January, January + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]


class TextCalendar(Calendar):

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        out = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
        out = out.rstrip()
        out += gap
        out += self.formatweekheader(w).rstrip()
        out += gap
        for week in self.monthdays2calendar(theyear, themonth):
            out += self.formatweek(week, w).rstrip()
            out += gap
        return out

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        parts = []
        add = parts.append
        add(repr(theyear).center(colwidth * m + c * (m - 1)).rstrip())
        add('\n' * l)
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            add('\n' * l)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            add(formatstring(names, colwidth, c).rstrip())
            add('\n' * l)
            headers = (header for k in months)
            add(formatstring(headers, colwidth, c).rstrip())
            add('\n' * l)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = []
                for cal in row:
                    if j >= len(cal):
                        weeks.append('')
                    else:
                        weeks.append(self.formatweek(cal[j], w))
                add(formatstring(weeks, colwidth, c).rstrip())
                add('\n' * l)
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        cells = ''.join(self.formatday(d, wd) for (d, wd) in theweek)
        return '<tr>%s</tr>' % cells

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        cells = ''.join(self.formatweekday(i) for i in self.iterweekdays())
        return '<tr>%s</tr>' % cells

    def formatmonthname(self, theyear, themonth, withyear=True):
        if withyear:
            text = '%s %s' % (month_name[themonth], theyear)
        else:
            text = '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = []
        add = parts.append
        add('<table border="0" cellpadding="0" cellspacing="0" class="%s">' % (self.cssclass_month))
        add('\n')
        add(self.formatmonthname(theyear, themonth, withyear=withyear))
        add('\n')
        add(self.formatweekheader())
        add('\n')
        for week in self.monthdays2calendar(theyear, themonth):
            add(self.formatweek(week))
            add('\n')
        add('</table>')
        add('\n')
        return ''.join(parts)

    def formatyear(self, theyear, width=3):
        parts = []
        add = parts.append
        width = max(width, 1)
        add('<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year)
        add('\n')
        add('<tr><th colspan="%d" class="%s">%s</th></tr>' % (
            width, self.cssclass_year_head, theyear))
        for first in range(January, January + 12, width):
            add('<tr>')
            for m in range(first, min(first + width, 13)):
                add('<td>')
                add(self.formatmonth(theyear, m, withyear=False))
                add('</td>')
            add('</tr>')
        add('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        parts = []
        add = parts.append
        add('<?xml version="1.0" encoding="%s"?>\n' % encoding)
        add('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n')
        add('<html>\n')
        add('<head>\n')
        add('<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding)
        if css is not None:
            add('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        add('<title>Calendar for %d</title>\n' % theyear)
        add('</head>\n')
        add('<body>\n')
        add(self.formatyear(theyear, width))
        add('</body>\n')
        add('</html>\n')
        return ''.join(parts).encode(encoding, "xmlcharrefreplace")


class different_locale:
    def __init__(self, locale):
        _loopscope.unsupported("calendar.different_locale")


def _get_default_locale():
    _loopscope.unsupported("calendar.LocaleTextCalendar")


class LocaleTextCalendar(TextCalendar):
    def __init__(self, firstweekday=0, locale=None):
        _loopscope.unsupported("calendar.LocaleTextCalendar")


class LocaleHTMLCalendar(HTMLCalendar):
    def __init__(self, firstweekday=0, locale=None):
        _loopscope.unsupported("calendar.LocaleHTMLCalendar")


# the module-level functions are bound methods of one shared TextCalendar
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (spacing * ' ').join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args):
    import argparse
    parser = argparse.ArgumentParser()
    textgroup = parser.add_argument_group('text only arguments')
    htmlgroup = parser.add_argument_group('html only arguments')
    textgroup.add_argument("-w", "--width", type=int, default=2,
                           help="width of date column (default 2)")
    textgroup.add_argument("-l", "--lines", type=int, default=1,
                           help="number of lines for each week (default 1)")
    textgroup.add_argument("-s", "--spacing", type=int, default=6,
                           help="spacing between months (default 6)")
    textgroup.add_argument("-m", "--months", type=int, default=3,
                           help="months per row (default 3)")
    htmlgroup.add_argument("-c", "--css", default="calendar.css",
                           help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")

    options = parser.parse_args(args[1:])

    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
        sys.exit(1)
    if options.locale:
        _loopscope.unsupported("calendar.LocaleTextCalendar")

    if options.type == "html":
        cal = HTMLCalendar()
        encoding = options.encoding
        if encoding is None:
            encoding = sys.getdefaultencoding()
        optdict = dict(encoding=encoding, css=options.css)
        write = sys.stdout.buffer.write
        if options.year is None:
            write(cal.formatyearpage(datetime.date.today().year, **optdict))
        elif options.month is None:
            write(cal.formatyearpage(options.year, **optdict))
        else:
            parser.error("incorrect number of arguments")
            sys.exit(1)
    else:
        cal = TextCalendar()
        optdict = dict(w=options.width, l=options.lines)
        if options.month is None:
            optdict["c"] = options.spacing
            optdict["m"] = options.months
        if options.year is None:
            result = cal.formatyear(datetime.date.today().year, **optdict)
        elif options.month is None:
            result = cal.formatyear(options.year, **optdict)
        else:
            result = cal.formatmonth(options.year, options.month, **optdict)
        write = sys.stdout.write
        if options.encoding:
            result = result.encode(options.encoding)
            write = sys.stdout.buffer.write
        write(result)


if __name__ == "__main__":
    main(sys.argv)
