# Aware datetimes carry a tzinfo: timezone(offset) or timezone.utc. Converting with
# astimezone() keeps the moment; comparing and subtracting aware datetimes uses UTC.
# Notice the reprs, the UTC+HH:MM names, and fromtimestamp with a timezone.
from datetime import datetime, timedelta, timezone

paris = timezone(timedelta(hours=1), "CET")
india = timezone(timedelta(hours=5, minutes=30))
west = timezone(-timedelta(hours=7))
noon = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
print(noon, repr(noon), noon.astimezone(paris), noon.astimezone(india), noon.astimezone(west))
print(repr(paris), repr(india), str(india), str(west), timezone.utc, repr(timezone.utc))
print(noon.astimezone(india) == noon, noon.astimezone(india) - noon, noon.utcoffset(), noon.astimezone(west).tzname())
print(datetime.fromtimestamp(0, india), datetime.fromtimestamp(86400.5, timezone.utc).isoformat())
print(noon.timestamp(), datetime(1970, 1, 2).timestamp(), noon.isoformat(), noon.astimezone(india).isoformat())
print(noon.strftime("%Y-%m-%d %H:%M %z %Z"), noon.astimezone(paris).strftime("%z %Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
print(sorted([noon, noon.astimezone(west) - timedelta(minutes=1)])[0].tzname(), noon.replace(tzinfo=None))
for bad in (lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: datetime(2024, 1, 1, tzinfo=1),
            lambda: noon < datetime(2024, 1, 1), lambda: noon - datetime(2024, 1, 1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(noon == datetime(2024, 6, 1, 12))
