# logging.handlers: memory buffering, queues, size-rotated files.
import logging
import logging.handlers
import os
import queue
import sys
import tempfile

log = logging.getLogger("h")
log.propagate = False
log.setLevel(logging.DEBUG)

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("target %(levelname)s %(message)s"))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mem)
log.info("one")
log.info("two")
print("buffered", len(mem.buffer))
log.info("three")
print("after capacity", len(mem.buffer))
log.info("four")
log.error("five flushes")
log.debug("six stays")
mem.close()
print("closed", len(mem.buffer), mem.target)
log.removeHandler(mem)

buf = logging.handlers.BufferingHandler(2)
log.addHandler(buf)
log.info("a")
print(len(buf.buffer), buf.buffer[0].getMessage())
log.info("b")
print(len(buf.buffer))
log.removeHandler(buf)

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
log.addHandler(qh)
log.warning("queued %s", "x")
try:
    raise KeyError("k")
except KeyError:
    log.exception("with exc")
record = q.get_nowait()
print(record.msg, record.args, record.exc_info, record.getMessage())
record = q.get_nowait()
print(record.msg.splitlines()[0], record.msg.splitlines()[-1], record.exc_info, record.exc_text)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener %(message)s"))
high = logging.StreamHandler(sys.stdout)
high.setLevel(logging.ERROR)
high.setFormatter(logging.Formatter("high %(message)s"))
listener = logging.handlers.QueueListener(q, out, high, respect_handler_level=True)
listener.start()
log.info("through the listener")
log.error("both")
listener.stop()
log.removeHandler(qh)

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "r.log")
    rh = logging.handlers.RotatingFileHandler(path, maxBytes=30, backupCount=2)
    rh.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(rh)
    for i in range(8):
        log.info("line number %d", i)
    rh.close()
    log.removeHandler(rh)
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name)) as f:
            print(name, repr(f.read()))

# A watched file is reopened after it is moved away.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "w.log")
    wh = logging.handlers.WatchedFileHandler(path)
    wh.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(wh)
    log.info("before the move")
    os.rename(path, path + ".old")
    log.info("after the move")
    os.remove(path)
    log.info("after removal")
    wh.close()
    log.removeHandler(wh)
    for name in sorted(os.listdir(tmp)):
        with open(os.path.join(tmp, name)) as f:
            print(name, repr(f.read()))
