# warnings: warn, filters, registry behaviour, formatting and catch_warnings as CPython 3.13
import sys
import warnings


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def clean(text):
    return text.replace(__file__, "FILE")


def captured(fn):
    """Runs fn with sys.stderr redirected; returns what was written."""
    sink = Sink()
    saved = sys.stderr
    sys.stderr = sink
    try:
        fn()
    finally:
        sys.stderr = saved
    return clean("".join(sink.parts))


print(warnings.filters)
print(warnings.defaultaction)


def emit(msg="careful", category=UserWarning, stacklevel=1):
    warnings.warn(msg, category, stacklevel=stacklevel)


# The default action shows a warning once per location.
def twice():
    for _ in range(2):
        warnings.warn("looped")


print(repr(captured(twice)))
print(repr(captured(lambda: warnings.warn("plain"))))
print(repr(captured(lambda: emit(stacklevel=2))))
print(repr(captured(lambda: warnings.warn(RuntimeWarning("instance")))))
# DeprecationWarning shows in __main__, not elsewhere.
print(repr(captured(lambda: warnings.warn("old", DeprecationWarning))))
print(repr(captured(lambda: warnings.warn("pending", PendingDeprecationWarning))))
print(repr(captured(lambda: warnings.warn_explicit("explicit", UserWarning, "other.py", 12))))
print(repr(captured(lambda: warnings.warn_explicit("dep", DeprecationWarning, "lib.py", 3, module="lib"))))

print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 10, "  x = 1  ")))
print(repr(warnings.formatwarning("msg", SyntaxWarning, "nofile.py", 3)))
sink = Sink()
warnings.showwarning("shown", FutureWarning, "g.py", 4, file=sink, line="code()")
print(sink.parts)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", BytesWarning)
    emit("three", stacklevel=2)
    warnings.warn("one")
    print(len(log))
    for w in log:
        print(w.message, repr(w.message), w.category.__name__, clean(w.filename), w.lineno, w.line)
    print(clean(str(log[0])))
print(warnings.filters[0])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", repr(e))
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("quiet")
    print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("skip me")
        warnings.warn("show once")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("error filter", e)
    print([str(w.message) for w in log])
    print([f[0] for f in warnings.filters])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")

    def loc():
        warnings.warn("m")

    loc()
    loc()
    warnings.warn("m")
    print(len(log))

with warnings.catch_warnings(action="ignore"):
    print(repr(captured(lambda: warnings.warn("ignored by action"))))

print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))

# a replaced showwarning is used
calls = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: calls.append(
    (str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("hooked")
warnings.showwarning = old
print(calls)

# errors
for bad in [lambda: warnings.warn("x", "notaclass"), lambda: warnings.warn("x", int),
            lambda: warnings.simplefilter("sometimes"), lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", category=int)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

registry = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    warnings.warn_explicit("r", UserWarning, "r.py", 1, registry=registry)
    warnings.warn_explicit("r", UserWarning, "r.py", 1, registry=registry)
    print(len(log), sorted(k for k in registry if k != "version"))


@warnings.deprecated("use new()")
def old_api():
    return "result"


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(old_api(), old_api.__deprecated__, [str(w.message) for w in log], log[0].category.__name__)
