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

# days per month in a common year; index 0 is a placeholder so months index directly
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


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


day_name, day_abbr = _localized_day('%A'), _localized_day('%a')
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def _leaps_through(y):
    # leap years in 1..y (proleptic Gregorian)
    return y // 4 - y // 100 + y // 400


def leapdays(y1, y2):
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def weekday(year, month, day):
    # the Gregorian cycle repeats every 400 years: fold years datetime cannot hold
    if not 1 <= year <= 9999:
        year = year % 400 + 2000
    when = datetime.date(year, month, day)
    return when.weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    n = mdays[month]
    if month == February and isleap(year):
        n += 1
    return n


def _prevmonth(year, month):
    return (year, month - 1) if month > 1 else (year - 1, 12)


def _nextmonth(year, month):
    return (year, month + 1) if month < 12 else (year + 1, 1)


def _chunks(seq, size):
    # range() with step 0 raises the same ValueError CPython shows for width=0
    return [seq[k:k + size] for k in range(0, len(seq), size)]


def _emit(text):
    print(text, end='')


class Calendar(object):

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        fw = self.firstweekday
        # range() rejects a non-integer firstweekday just as CPython does
        yield from [n % 7 for n in range(fw, fw + 7)]

    def itermonthdates(self, year, month):
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        first, count = monthrange(year, month)
        pad = (first - self.firstweekday) % 7
        cells = pad + count
        cells += -cells % 7
        for k in range(1 - pad, cells - pad + 1):
            yield k if 1 <= k <= count else 0

    def itermonthdays2(self, year, month):
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        first, count = monthrange(year, month)
        pad = (first - self.firstweekday) % 7
        tail = -(pad + count) % 7
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for d in range(last - pad + 1, last + 1):
            yield py, pm, d
        for d in range(1, count + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, tail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield (*ymd, wd)
            wd = (wd + 1) % 7

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        per_month = [self.monthdatescalendar(year, n) for n in range(1, 13)]
        return _chunks(per_month, width)

    def yeardays2calendar(self, year, width=3):
        per_month = [self.monthdays2calendar(year, n) for n in range(1, 13)]
        return _chunks(per_month, width)

    def yeardayscalendar(self, year, width=3):
        per_month = [self.monthdayscalendar(year, n) for n in range(1, 13)]
        return _chunks(per_month, width)


class TextCalendar(Calendar):

    def prweek(self, theweek, width):
        _emit(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        # single-digit days are right-aligned within two characters
        text = '%2i' % day if day != 0 else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        cells = [self.formatday(d, wd, width) for d, wd in theweek]
        return ' '.join(cells)

    def formatweekday(self, day, width):
        name = (day_abbr if width < 9 else day_name)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        cells = [self.formatweekday(wd, width) for wd in self.iterweekdays()]
        return ' '.join(cells)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = f"{title} {theyear!r}"
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        _emit(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(w, 2)
        l = max(l, 1)
        rows = [self.formatmonthname(theyear, themonth, 7 * w + 6)]
        rows.append(self.formatweekheader(w))
        rows.extend(self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth))
        sep = '\n' * l
        return ''.join(r.rstrip() + sep for r in rows)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(w, 2)
        l = max(l, 1)
        c = max(c, 2)
        colw = 7 * w + 6
        sep = '\n' * l
        out = [repr(theyear).center(m * colw + (m - 1) * c).rstrip(), sep]
        head = self.formatweekheader(w)

        def line(cols):
            out.append(formatstring(cols, colw, c).rstrip())
            out.append(sep)

        lo = 1
        for row in self.yeardays2calendar(theyear, m):
            nums = range(lo, min(lo + m, 13))
            lo += m
            out.append(sep)
            line(self.formatmonthname(theyear, n, colw, False) for n in nums)
            line(head for n in nums)
            tallest = max(map(len, row))
            for r in range(tallest):
                line([self.formatweek(mc[r], w) if r < len(mc) else '' for mc in row])
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        _emit(self.formatyear(theyear, w, l, c, m))


_TABLE_OPEN = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'


class HTMLCalendar(Calendar):

    # the weekday header shares the day-cell list unless a subclass splits them
    cssclasses = cssclasses_weekday_head = "mon tue wed thu fri sat sun".split()
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day != 0:
            cls = self.cssclasses[weekday]
            return '<td class="%s">%d</td>' % (cls, day)
        noday = self.cssclass_noday
        return '<td class="%s">&nbsp;</td>' % noday

    def formatweek(self, theweek):
        cells = [self.formatday(d, wd) for d, wd in theweek]
        return '<tr>%s</tr>' % ''.join(cells)

    def formatweekday(self, day):
        cls = self.cssclasses_weekday_head[day]
        return '<th class="%s">%s</th>' % (cls, day_abbr[day])

    def formatweekheader(self):
        cells = [self.formatweekday(wd) for wd in self.iterweekdays()]
        return '<tr>%s</tr>' % ''.join(cells)

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        else:
            title = '%s' % title
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [_TABLE_OPEN % (self.cssclass_month)]
        rows.append(self.formatmonthname(theyear, themonth, withyear=withyear))
        rows.append(self.formatweekheader())
        for wk in self.monthdays2calendar(theyear, themonth):
            rows.append(self.formatweek(wk))
        rows.append('</table>')
        # each row is followed by its own newline item
        return ''.join([piece for r in rows for piece in (r, '\n')])

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [_TABLE_OPEN % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (
                   width, self.cssclass_year_head, theyear)]
        for lo in range(1, 13, width):
            out.append('<tr>')
            for n in range(lo, min(lo + width, 13)):
                out += ['<td>', self.formatmonth(theyear, n, withyear=False), '</td>']
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        enc = sys.getdefaultencoding() if encoding is None else encoding
        page = [
            '<?xml version="1.0" encoding="%s"?>\n' % enc,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
            '<html>\n<head>\n',
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % enc,
        ]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page.append('<title>Calendar for %d</title>\n</head>\n<body>\n' % theyear)
        page.append(self.formatyear(theyear, width))
        page.append('</body>\n</html>\n')
        return ''.join(page).encode(enc, "xmlcharrefreplace")


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

(firstweekday, monthcalendar, prweek, week, weekheader,
 prmonth, month, calendar, prcal) = (
    c.getfirstweekday, c.monthdayscalendar, c.prweek, c.formatweek,
    c.formatweekheader, c.prmonth, c.formatmonth, c.formatyear, c.pryear)


def setfirstweekday(firstweekday):
    if not 0 <= firstweekday <= 6:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


_colwidth = 20
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    print(formatstring(cols, colwidth=colwidth, spacing=spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    gap = ' ' * spacing
    return gap.join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, January, 1).toordinal()


def timegm(tuple):
    y, mo, d, hh, mm, ss = tuple[:6]
    base = datetime.date(y, mo, 1).toordinal() - _EPOCH_ORD
    days = base + d - 1
    return ((days * 24 + hh) * 60 + mm) * 60 + ss


# (short flag, long flag, default, what it sets) for the integer text options
_TEXT_OPTIONS = (
    ("-w", "--width", 2, "width of date column"),
    ("-l", "--lines", 1, "number of lines for each week"),
    ("-s", "--spacing", 6, "spacing between months"),
    ("-m", "--months", 3, "months per row"),
)


def main(args):
    import argparse
    ap = argparse.ArgumentParser()
    text_opts = ap.add_argument_group('text only arguments')
    html_opts = ap.add_argument_group('html only arguments')
    for short, long_, dflt, what in _TEXT_OPTIONS:
        text_opts.add_argument(short, long_, type=int, default=dflt,
                               help="%s (default %d)" % (what, dflt))
    html_opts.add_argument("-c", "--css", default="calendar.css",
                           help="CSS to use for page")
    ap.add_argument("-L", "--locale", default=None,
                    help="locale to use for month and weekday names")
    ap.add_argument("-e", "--encoding", default=None,
                    help="encoding to use for output")
    ap.add_argument("-t", "--type", default="text", choices=("text", "html"),
                    help="output type (text or html)")
    ap.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    ap.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")

    opts = ap.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        ap.error("if --locale is specified --encoding is required")
    as_html = opts.type == "html"
    if opts.locale:
        _loopscope.unsupported("calendar.LocaleHTMLCalendar" if as_html
                               else "calendar.LocaleTextCalendar")
    # a month only comes with a year (both positionals are optional, in order)
    year = datetime.date.today().year if opts.year is None else opts.year

    if as_html:
        enc = sys.getdefaultencoding() if opts.encoding is None else opts.encoding
        # CPython looks up the binary stream before it rejects a month argument
        raw = sys.stdout.buffer
        if opts.month is not None:
            ap.error("incorrect number of arguments")
        raw.write(HTMLCalendar().formatyearpage(year, encoding=enc, css=opts.css))
        return

    sizes = {'w': opts.width, 'l': opts.lines}
    if opts.month is None:
        sizes.update(c=opts.spacing, m=opts.months)
        text = TextCalendar().formatyear(year, **sizes)
    else:
        text = TextCalendar().formatmonth(year, opts.month, **sizes)
    if opts.encoding:
        sys.stdout.buffer.write(text.encode(opts.encoding))
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
