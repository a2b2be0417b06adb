# Without basicConfig, only WARNING and above are printed, as bare messages (logging's
# last-resort handler). Loggers form a dotted hierarchy under root; each has a level and
# may have handlers. Notice what each logger prints once a handler and format are set.
import logging
import sys

log = logging.getLogger(__name__)
log.info("info is dropped: the default level is WARNING")
log.warning("warning via the last-resort handler")
print(log.name, log.level, log.getEffectiveLevel(), logging.getLevelName(logging.ERROR))
print(logging.getLogger("app.db").parent.name, logging.getLogger() is logging.root)
print(logging.getLogger("app.db") is logging.getLogger("app.db"), logging.WARNING)

handler = logging.StreamHandler(sys.stderr)
handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(lineno)d:%(funcName)s: %(message)s"))
app = logging.getLogger("app")
app.addHandler(handler)
app.setLevel(logging.DEBUG)
db = logging.getLogger("app.db")


def query():
    db.debug("query %s", "SELECT 1")


query()
db.setLevel(logging.ERROR)
query()
db.error("connection lost (%d retries)", 3)
app.info("dict args: %(user)s", {"user": "ann"})
print(repr(app), repr(db), app.isEnabledFor(logging.DEBUG))
logging.warning("root warning: basicConfig runs implicitly here")
logging.warning("now with the default format")
