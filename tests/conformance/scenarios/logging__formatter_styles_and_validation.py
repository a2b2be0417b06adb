# logging.Formatter's three styles: '%' (the default), '{' and '$' (string.Template),
# basicConfig(style='$'), defaults= for fields a record lacks, and the ValueErrors a
# format that does not fit its style raises when the formatter is made (validate=True).
import asyncio
import logging
import sys

log = logging.getLogger("svc")
handler = logging.StreamHandler(sys.stdout)
log.addHandler(handler)

FORMATS = [
    ("%", "%(levelname)s %(message)s"), ("%", "%(message)"), ("%", "%(n)05.f"),
    ("{", "{levelname:>8} {message!r}"), ("{", "{msg!x}"), ("{", "{message:zz}"),
    ("{", "{a-b}"), ("{", "{"), ("$", "${levelname} $message $$"), ("$", "cost $5"),
    ("$", "no fields $$"), ("#", "x"),
]


async def main():
    for style, fmt in FORMATS:
        await asyncio.sleep(0.25)
        try:
            handler.setFormatter(logging.Formatter(fmt, style=style))
        except ValueError as e:
            print(style, repr(fmt), "->", e)
            continue
        log.warning("with %s", style)
    handler.setFormatter(logging.Formatter("$asctime [$user] $message", style="$",
                                           defaults={"user": "-"}))
    log.warning("defaults fill the gap")
    log.removeHandler(handler)
    logging.basicConfig(style="$", format="${levelname}|${name}|$message", stream=sys.stdout)
    logging.getLogger("svc.db").error("through basicConfig")


asyncio.run(main())
