# datetime.strptime and time.strptime as CPython's _strptime does them: UTC offsets (%z:
# +0200, +05:30, Z) make an aware datetime, %Z takes UTC/GMT, week numbers (%W %w, ISO
# %G %V %u), day of year, the C locale's %c %x %X, February 29th without a year, and the
# errors: no match, unconverted data, a bad directive, ISO directives mixed wrongly.
import asyncio
import time
from datetime import datetime, timedelta, timezone

CASES = [
    ("2024-03-15T14:30:00+0200", "%Y-%m-%dT%H:%M:%S%z"), ("2024-03-15 14:30Z", "%Y-%m-%d %H:%M%z"),
    ("15 Mar 2024 14:30:00 -05:30", "%d %b %Y %H:%M:%S %z"), ("Fri, 15 Mar 2024 GMT", "%a, %d %b %Y %Z"),
    ("2024 11 1", "%Y %W %w"), ("2024-W11-5", "%G-W%V-%u"), ("2024-075", "%Y-%j"),
    ("Tue Mar  5 10:00:00 2024", "%c"), ("03/05/24 10:11:12", "%x %X"), ("20240315", "%Y%m%d"),
    ("2024-03-15 7:05 pm", "%Y-%m-%d %I:%M %p"), ("Feb 29", "%b %d"), ("2024-3-5 extra", "%Y-%m-%d"),
    ("2024-13-01", "%Y-%m-%d"), ("2024", "%Y %Q"), ("2024-W11", "%Y-W%V"), ("2024 5", "%G %u"),
    ("12:00+01:0030", "%H:%M%z"),
]


async def main():
    for text, fmt in CASES:
        await asyncio.sleep(0.5)
        try:
            print(repr(datetime.strptime(text, fmt)))
        except ValueError as e:
            print("ValueError:", e)
    st = time.strptime("2024-03-15 +0130", "%Y-%m-%d %z")
    print(st, st.tm_zone, st.tm_gmtoff)
    print(time.strptime("Tue Mar  5 10:00:00 2024")[:], time.strptime("UTC", "%Z").tm_isdst)
    print(timezone(timedelta(0)) is timezone.utc, repr(timezone.min), repr(timezone.max))


asyncio.run(main())
