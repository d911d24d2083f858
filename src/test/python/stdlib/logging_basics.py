# Levels, logger tree, propagation, handlers, filters, the module-level functions.
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName(25), logging.getLevelName("ERROR"),
      logging.getLevelName("nope"))
print(logging.getLevelNamesMapping())
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)

# The tree: parents are linked whatever the order loggers are created in.
c = logging.getLogger("app.db.conn")
a = logging.getLogger("app")
b = logging.getLogger("app.db")
print(c.parent is b, b.parent is a, a.parent is logging.root)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(a.getChild("db") is b, logging.root.getChild("app") is a)
print(sorted(x.name for x in a.getChildren()), sorted(x.name for x in b.getChildren()))
print(repr(a), repr(logging.root), repr(c))
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("app")))
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError:", e)

# Levels and effective levels.
a.setLevel(logging.INFO)
print(c.getEffectiveLevel(), c.isEnabledFor(logging.DEBUG), c.isEnabledFor(logging.INFO))
b.setLevel("ERROR")
print(c.getEffectiveLevel(), repr(c))
b.setLevel(logging.NOTSET)
for bad in ["LOUD", 2.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Handlers and propagation.
out_a = io.StringIO()
out_c = io.StringIO()
ha = logging.StreamHandler(out_a)
ha.setFormatter(logging.Formatter("A|%(name)s|%(levelname)s|%(message)s"))
hc = logging.StreamHandler(out_c)
hc.setFormatter(logging.Formatter("C|%(levelno)d|%(message)s"))
a.addHandler(ha)
c.addHandler(hc)
c.info("hello %s", "world")
c.debug("too low")
c.warning("count=%d ratio=%.2f", 3, 0.5)
c.propagate = False
c.error("only C")
c.propagate = True
hc.setLevel(logging.ERROR)
c.warning("A only, handler level")
c.log(25, "custom level %r", [1])
print(out_a.getvalue(), end="")
print(out_c.getvalue(), end="")
print(a.hasHandlers(), logging.getLogger("other").hasHandlers())
print(repr(ha), repr(hc))

# A mapping as the only argument.
out_a.seek(0)
out_a.truncate()
ha.setFormatter(logging.Formatter("%(message)s"))
a.warning("%(x)s and %(y)s", {"x": 1, "y": 2})
a.warning("no args %s")
a.warning(12345)
print(out_a.getvalue(), end="")

# Filters: Filter objects, callables, and record-returning filters.
out_a.seek(0)
out_a.truncate()
only_db = logging.Filter("app.db")
ha.addFilter(only_db)
logging.getLogger("app.dbx").warning("dbx filtered")
b.warning("db passes")
c.warning("db.conn passes")
a.warning("app filtered")
ha.removeFilter(only_db)

def drop_secret(record):
    return "secret" not in record.getMessage()

a.addFilter(drop_secret)
a.warning("a secret")
a.warning("public")
a.removeFilter(drop_secret)

def rename(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = "renamed: " + record.msg
    return new

ha.addFilter(rename)
a.warning("original")
ha.removeFilter(rename)
print(out_a.getvalue(), end="")
f = logging.Filter("x.y")
for name in ["x", "x.y", "x.yz", "x.y.z", "xx.y"]:
    print(name, f.filter(logging.makeLogRecord({"name": name})))

# Disable.
out_a.seek(0)
out_a.truncate()
logging.disable(logging.WARNING)
a.warning("disabled")
a.error("error passes")
logging.disable(logging.NOTSET)
a.warning("enabled again")
a.disabled = True
a.error("logger disabled")
a.disabled = False
print(out_a.getvalue(), end="")

# The handler of last resort writes the bare message to sys.stderr.
real_stderr = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger("lonely").warning("last resort %d", 1)
logging.getLogger("lonely").info("not shown")
captured = sys.stderr.getvalue()
sys.stderr = real_stderr
print(repr(captured), repr(logging.lastResort))

# The module-level functions configure the root logger once.
sys.stderr = io.StringIO()
logging.warning("root warning %s", "x")
logging.info("root info hidden")
logging.error("root error")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
captured = sys.stderr.getvalue()
sys.stderr = real_stderr
lines = captured.splitlines()
print(lines[:4])
print(lines[-1])
print(logging.root.handlers)

# NullHandler and named handlers.
nh = logging.NullHandler()
nh.name = "quiet"
print(logging.getHandlerByName("quiet") is nh, "quiet" in logging.getHandlerNames(), repr(nh))
nh.close()
print(logging.getHandlerByName("quiet"))
print(repr(logging.Handler()), repr(logging.StreamHandler(io.StringIO())))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
