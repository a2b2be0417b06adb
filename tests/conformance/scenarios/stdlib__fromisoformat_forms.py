# datetime/date/time.fromisoformat accept what CPython 3.11 accepts (basic and extended forms,
# ISO week dates, a leading T, comma fractions, every time zone form, any separator) and
# reject the rest with "Invalid isoformat string" or the constructor's range error.
from datetime import date, datetime, time

tests = [
    (date.fromisoformat, ["2024-07-04", "20240704", "2024-W27-4", "2024W274", "2024-W27", "2024W27",
                          "2020-W53-7", "2026-W53-1", "2024-W27-8", "2024-13-01", "2024-0704",
                          "0000-W01-1", "9999-W52-6", "2024-07-4", "2024-07-04 "]),
    (time.fromisoformat, ["T0905", "09", "0905", "09:05:03,123", "09:05:03.1234567",
                          "09:05Z", "09:05+01", "09:05-0130", "09:05+01:30:15.5", "09:05-00:00",
                          "09:05+013", "09:05+24:00", "24:00", "09:05:03:5", "09:5", "TT09", "09:05Zx"]),
    (datetime.fromisoformat, ["20240704T090503", "2024-07-04T09:05:03,123", "2024-07-04 09:05",
                              "2024-07-04x09:05", "2024-W27-4T09", "2024W2740905", "2024-07-04é09:05",
                              "2024-07-04T", "2024-W27-", "2024-07-04T09:05:03.5+05:30",
                              "2024-07-04T09:05Z", "2024-07-04T24:00", "2024"]),
]
for parse, strings in tests:
    for s in strings:
        try:
            print(repr(s), repr(parse(s)))
        except ValueError as e:
            print(repr(s), "ValueError:", e)
try:
    date.fromisoformat(20240704)
except TypeError as e:
    print("TypeError:", e)
