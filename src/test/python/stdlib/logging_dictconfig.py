# logging.config.dictConfig.
import io
import logging
import logging.config
import logging.handlers
import sys

before = logging.getLogger("old.module")
kept_child = logging.getLogger("app.sub")
kept_child.setLevel(logging.CRITICAL)


class Upper(logging.Filter):
    def __init__(self, word):
        super().__init__()
        self.word = word

    def filter(self, record):
        record.msg = "%s %s" % (self.word, record.msg)
        return True


config = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s %(name)s: %(message)s"},
        "braces": {"format": "{name}|{message}", "style": "{"},
        "custom": {"()": logging.Formatter, "fmt": "custom %(message)s"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "tag": {"()": Upper, "word": "TAG"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief",
                    "stream": "ext://sys.stdout", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "formatter": "braces",
                   "stream": "ext://sys.stdout", "filters": ["only_app"]},
        "buffer": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                   "target": "braced"},
        "tagged": {"class": "logging.StreamHandler", "formatter": "custom",
                   "stream": "ext://sys.stdout", "filters": ["tag"], "level": "cfg://levels[1]",
                   ".": {"terminator": " <end>\n"}},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console", "buffer"], "propagate": False},
        "other": {"level": "WARNING", "handlers": ["tagged"]},
    },
    "root": {"level": "ERROR", "handlers": ["console"]},
    "levels": ["DEBUG", "WARNING"],
}
logging.config.dictConfig(config)
print(sorted(config["handlers"]), type(config["handlers"]["console"]).__name__)
app = logging.getLogger("app")
app.debug("debug from app")
app.info("info one")
logging.getLogger("app.sub").info("child of app, reset")
logging.getLogger("other").warning("other warning")
logging.getLogger("other").info("other info hidden")
logging.error("root error")
before.error("disabled existing logger")
print(before.disabled, kept_child.disabled, kept_child.level)
print(sorted(logging.getHandlerNames()))
print(logging.getHandlerByName("console").level, logging.getHandlerByName("buffer").target.name,
      logging.getHandlerByName("tagged").level)

# Incremental updates change levels only.
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"console": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "INFO"}}})
app.warning("warning now filtered by the handler")
app.error("error passes")

# disable_existing_loggers=False keeps loggers alive.
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"out": {"class": "logging.StreamHandler",
                                                "stream": "ext://sys.stdout"}},
                           "root": {"level": "INFO", "handlers": ["out"]}})
logging.getLogger("brand.new").info("plain message")
print(app.disabled, before.disabled)

# Errors.
for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}},
            {"version": 1, "formatters": {"f": {"format": "%(x"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                              "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
            {"version": 1, "root": {"level": "LOUD"}},
            {"version": 1, "incremental": True, "handlers": {"ghost": {"level": "INFO"}}}]:
    try:
        logging.config.dictConfig(bad)
        print("no error")
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
