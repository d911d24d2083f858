# basicConfig, captureWarnings, logger classes, the no-handler message.
import io
import logging
import sys
import warnings

real_stderr = sys.stderr


def capture(fn):
    sys.stderr = io.StringIO()
    try:
        fn()
        return sys.stderr.getvalue()
    finally:
        sys.stderr = real_stderr


def reset():
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
        h.close()
    logging.root.setLevel(logging.WARNING)


# Errors are raised before anything is configured.
for kwargs in [dict(stream=sys.stdout, filename="x.log"),
               dict(stream=sys.stdout, handlers=[]),
               dict(filename="x.log", handlers=[]),
               dict(style="?")]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(logging.root.handlers)

buf = io.StringIO()
try:
    logging.basicConfig(stream=buf, colour=True, size=3)
except ValueError as e:
    print("ValueError:", e)
print(len(logging.root.handlers))
reset()

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
logging.debug("debug shown")
logging.getLogger("child").info("child info")
logging.basicConfig(stream=sys.stdout, format="IGNORED %(message)s")
logging.warning("second basicConfig ignored")
logging.basicConfig(stream=sys.stdout, format="{levelname}/{message}", style="{", force=True)
logging.warning("forced")
logging.info("level reset by force? %s", logging.root.level)
logging.basicConfig(stream=sys.stdout, format="$levelname~$message", style="$", force=True,
                    level="INFO")
logging.info("template style")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("custom: %(message)s"))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[h, plain], force=True, format=">> %(message)s")
logging.error("two handlers")
print(logging.root.handlers, h.formatter._fmt, plain.formatter._fmt)
logging.log(logging.CRITICAL, "log function %d", 5)
logging.fatal("fatal")
try:
    logging.log("INFO", "bad level")
except TypeError as e:
    print("TypeError:", e)
reset()

# Default basicConfig format to stderr.
print(repr(capture(lambda: logging.critical("crit %s", "x"))))
reset()

# Deprecated warn() methods.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    logging.basicConfig(stream=sys.stdout)
    logging.getLogger("w").warn("logger warn")
    logging.warn("module warn")
    logging.LoggerAdapter(logging.getLogger("w"), {}).warn("adapter warn")
print([(w.category.__name__, str(w.message)) for w in caught])
reset()

# captureWarnings routes warnings to the "py.warnings" logger.
logging.basicConfig(stream=sys.stdout, format="%(name)s|%(levelname)s|%(message)s")
logging.captureWarnings(True)
warnings.warn_explicit("careful", UserWarning, "somefile.py", 12)
shown = io.StringIO()
warnings.showwarning("to a file", UserWarning, "f.py", 3, file=shown)
print(repr(shown.getvalue()))
logging.captureWarnings(False)
print(repr(capture(lambda: warnings.warn_explicit("back to stderr", UserWarning, "g.py", 4))))
print(logging.getLogger("py.warnings").handlers)
reset()


# A custom logger class.
class TaggedLogger(logging.Logger):
    def tagged(self, msg):
        self.warning("[tag] " + msg)


logging.setLoggerClass(TaggedLogger)
tl = logging.getLogger("tagged.one")
logging.setLoggerClass(logging.Logger)
print(type(tl).__name__, logging.getLoggerClass().__name__, type(logging.getLogger("plain.one")).__name__)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
logging.basicConfig(stream=sys.stdout)
tl.tagged("hello")
reset()


# No handlers anywhere and no last resort.
saved = logging.lastResort
logging.lastResort = None
print(repr(capture(lambda: logging.getLogger("nohandler").error("lost"))))
print(repr(capture(lambda: logging.getLogger("nohandler").error("lost again"))))
logging.lastResort = saved
