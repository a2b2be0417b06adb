# logging.config.dictConfig as services configure logging: formatters (% and {} styles),
# filters by name and by factory, handlers from dotted class names with ext:// streams,
# loggers and root, disable_existing_loggers, incremental updates, its ValueErrors; and
# importlib.import_module / __import__.
import logging
import logging.config
import sys
import importlib

early = logging.getLogger("early")
early_child = logging.getLogger("app.db")

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.getMessage().endswith(("1", "3", "5"))

CONFIG = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "braces": {"format": "{levelname} | {name} | {message}", "style": "{"},
    },
    "filters": {
        "odd": {"()": OnlyOdd},
        "named": {"name": "app"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "brief", "level": "DEBUG"},
        "odd_only": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                     "formatter": "braces", "filters": ["odd"]},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["odd_only"], "propagate": True},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}
logging.config.dictConfig(CONFIG)
app = logging.getLogger("app")
for i in range(1, 5):
    app.info("message %d", i)
app.debug("hidden")
logging.getLogger("app.db").warning("child of app keeps working")
early.warning("early logger is disabled: %s", early.disabled)
print(early.disabled, early_child.disabled, logging.getLogger("app.db").propagate)
print(sorted(logging._handlers), type(app.handlers[0]).__name__, app.handlers[0].name)
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"app": {"level": "DEBUG"}}})
app.debug("now visible 5")
for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
            {"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}},
            {"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print(type(e).__name__, e, "<-", type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
                           "root": {"handlers": ["out"], "level": "INFO"}})
logging.getLogger("late").info("plain format, cfg done")
print(importlib.import_module("json").dumps([1]), __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
try:
    importlib.import_module("no_such_module")
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    __import__(5)
except TypeError as e:
    print(e)
print(importlib.import_module(".decoder", "json").__name__)
