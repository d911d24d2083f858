# Formatter styles, time formatting, exceptions and stacks, extra, LoggerAdapter, records.
import io
import logging
import sys
import time

log = logging.getLogger("fmt")
log.propagate = False
out = io.StringIO()
handler = logging.StreamHandler(out)
log.addHandler(handler)
log.setLevel(logging.DEBUG)


def show():
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    print(text, end="")


for fmt, style in [("%(levelname)-8s|%(name)s|%(message)s", "%"),
                   ("{levelname:>8}|{name}|{message!r}", "{"),
                   ("$levelname|${name}|$message", "$"),
                   ("%(funcName)s:%(lineno)d %(module)s %(filename)s", "%")]:
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.info("styled %s", style)
show()

# Defaults fill in fields a record lacks.
handler.setFormatter(logging.Formatter("%(user)s: %(message)s", defaults={"user": "nobody"}))
log.info("no user")
log.info("with user", extra={"user": "ann"})
handler.setFormatter(logging.Formatter("{user}: {message}", style="{", defaults={"user": "-"}))
log.info("brace default")
show()

# Missing fields.
handler.setFormatter(logging.Formatter("%(nothere)s %(message)s"))
real_stderr = sys.stderr
sys.stderr = io.StringIO()
log.info("missing field")
err = sys.stderr.getvalue()
sys.stderr = real_stderr
lines = err.splitlines()
print(lines[0], "|", [l for l in lines if l.startswith(("ValueError", "KeyError", "Message", "Arguments"))])

# A bad %-format in the message itself goes to handleError.
handler.setFormatter(logging.Formatter("%(message)s"))
sys.stderr = io.StringIO()
log.info("two %s %s", "args-only-one")
err = sys.stderr.getvalue()
sys.stderr = real_stderr
lines = err.splitlines()
print(lines[0], lines[-3:])
logging.raiseExceptions = False
sys.stderr = io.StringIO()
log.info("two %s %s", "quiet")
print(repr(sys.stderr.getvalue()))
sys.stderr = real_stderr
logging.raiseExceptions = True

# Validation of formats.
for fmt, style in [("%(x", "%"), ("plain", "%"), ("{x", "{"), ("plain", "{"), ("{x!q}", "{"),
                   ("{x:zz}", "{"), ("{0} {a.b} {c[1]}", "{"), ("$x", "$"), ("${x", "$"),
                   ("plain", "$"), ("$$ $x", "$"), ("%(a)s", "x"), ("%(a)-10.3f", "%")]:
    try:
        f = logging.Formatter(fmt, style=style)
        print("ok", repr(f._fmt))
    except ValueError as e:
        print("ValueError:", e)
print(logging.Formatter("plain", validate=False)._fmt)

# Time formatting with a fixed clock.
rec = logging.makeLogRecord({"msg": "timed", "created": 86400 * 365 + 3661.25, "msecs": 250.0})
f = logging.Formatter("%(asctime)s %(message)s")
f.converter = time.gmtime
print(f.format(rec), f.usesTime())
f = logging.Formatter("%(asctime)s %(message)s", datefmt="%d/%m/%Y %H.%M")
f.converter = time.gmtime
print(f.format(rec))
f = logging.Formatter("{asctime} {message}", style="{")
f.converter = time.gmtime
f.default_msec_format = "%s.%03d"
print(f.format(rec), logging.Formatter("$asctime", style="$").usesTime(),
      logging.Formatter("$message", style="$").usesTime())

# Exceptions and stacks.
try:
    {}["key"]
except KeyError:
    log.exception("lookup failed %d", 1)
    log.error("with exc_info", exc_info=True)
text = out.getvalue()
out.seek(0)
out.truncate()
lines = text.splitlines()
print(lines[0], lines[1], lines[-1], text.count("Traceback"))
try:
    raise ValueError("given")
except ValueError as e:
    caught = e
log.error("exception object", exc_info=caught)
log.error("tuple", exc_info=(type(caught), caught, None))
lines = out.getvalue().splitlines()
out.seek(0)
out.truncate()
print([line for line in lines if "File" not in line])


def deep():
    log.info("with stack", stack_info=True)


deep()
lines = out.getvalue().splitlines()
out.seek(0)
out.truncate()
print(lines[0], lines[1], lines[-2].strip().split(", ")[1:], lines[-1].strip())

# stacklevel picks the caller's caller.
handler.setFormatter(logging.Formatter("%(funcName)s %(lineno)d %(message)s"))


def helper(msg):
    log.warning(msg, stacklevel=2)


def user():
    helper("from user")


user()
helper("direct")
show()

# extra may not overwrite record attributes.
for key in ["message", "asctime", "msg", "lineno", "custom"]:
    try:
        log.info("extra", extra={key: 1})
        print(key, "ok")
    except KeyError as e:
        print("KeyError:", e)
show()

# LoggerAdapter.
handler.setFormatter(logging.Formatter("%(message)s [%(ip)s]"))
adapter = logging.LoggerAdapter(log, {"ip": "10.0.0.1"})
adapter.info("adapted %d", 1)
adapter.warning("override", extra={"ip": "ignored"})
merged = logging.LoggerAdapter(log, {"ip": "1.1.1.1", "u": 1}, merge_extra=True)
merged.error("merged", extra={"ip": "2.2.2.2"})


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["ip"], msg), kwargs


handler.setFormatter(logging.Formatter("%(message)s"))
Prefixed(log, {"ip": "p"}).critical("custom process")
print(repr(adapter), adapter.name, adapter.manager is logging.Logger.manager,
      adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())
show()

# LogRecord details.
r = logging.LogRecord("n", logging.INFO, "/some/dir/mod.py", 7, "m %s %s", ("a", 2), None,
                      func="f")
print(repr(r), r.getMessage(), r.levelname, r.filename, r.module, r.funcName)
print(sorted(vars(r)))
print(r.thread is not None, r.threadName, r.processName, r.taskName, isinstance(r.msecs, float))
r2 = logging.LogRecord("n", 5, "noext", 1, "x", (), None)
print(r2.levelname, r2.module, r2.filename)
r3 = logging.makeLogRecord({"msg": "hi %s", "args": ("x",)})
print(r3.name, r3.levelno, r3.levelname, r3.msg, r3.args, r3.getMessage())
print(logging.getLogRecordFactory() is logging.LogRecord)


def factory(*args, **kwargs):
    record = logging.LogRecord(*args, **kwargs)
    record.tag = "T"
    return record


logging.setLogRecordFactory(factory)
handler.setFormatter(logging.Formatter("%(tag)s %(message)s"))
log.info("from factory")
logging.setLogRecordFactory(logging.LogRecord)
show()

bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([logging.makeLogRecord({"msg": m}) for m in "abc"])), repr(bf.format([])))
