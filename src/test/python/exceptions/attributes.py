# Exception attributes, args, str and repr of builtin exceptions.

# --- case: args and str for 0, 1, many arguments
for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(("t",)), Exception("")]:
    print(repr(exc), "|", str(exc), "|", exc.args)

# --- case: KeyError uses repr of single argument in str
for k in ["key", 1, ("a", 1), None]:
    e = KeyError(k)
    print(str(e), repr(e))
print(str(KeyError()), str(KeyError("a", "b")))

# --- case: args can be reassigned
e = ValueError("x")
e.args = ("y", "z")
print(e, e.args)
e.args = [1]
print(e.args, type(e.args).__name__)

# --- case: OSError with errno and strerror
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, e.filename, str(e), repr(e))
e = OSError(2, "No such file or directory", "missing.txt")
print(e.errno, e.filename, str(e), type(e).__name__)
e = OSError("just a message")
print(e.errno, e.strerror, str(e))
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, IOError is OSError)
e = FileNotFoundError(2, "gone", "a.txt", None, "b.txt")
print(str(e), e.filename2)

# --- case: StopIteration.value
e = StopIteration(42)
print(e.value, e.args, StopIteration().value, StopIteration(1, 2).value)
def g():
    return "returned"
    yield
try:
    next(g())
except StopIteration as si:
    print(repr(si), si.value)

# --- case: SystemExit.code
for args in [(), (0,), (3,), ("msg",), (1, 2)]:
    se = SystemExit(*args)
    print(args, repr(se.code))

# --- case: KeyboardInterrupt and GeneratorExit are BaseExceptions
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))

# --- case: UnicodeDecodeError attributes
try:
    b"\xff\xfe abc".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object[:2])
    print(str(e))

# --- case: UnicodeEncodeError
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(str(e))

# --- case: SyntaxError attributes
try:
    compile("x = (1,", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    compile("def f(:\n  pass", "prog.py", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, str(e))

# --- case: NameError and AttributeError name attributes
try:
    undefined_thing
except NameError as e:
    print(e.name, str(e))
try:
    "s".nope
except AttributeError as e:
    print(e.name, repr(e.obj), str(e))

# --- case: ImportError attributes
try:
    import definitely_missing_module
except ImportError as e:
    print(type(e).__name__, e.name, str(e))
try:
    from sys import definitely_missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e))

# --- case: custom attributes on exception instances
e = RuntimeError("r")
e.extra = 5
print(e.extra, vars(e))

# --- case: exception equality is identity
print(ValueError("a") == ValueError("a"), ValueError.__name__, ValueError.__module__)

# --- case: str of exception with non-string argument
print(str(ValueError(42)), str(ValueError([1, 2])), repr(ValueError(1.5)))

# --- case: BaseException subclasses with __str__ override
class Custom(Exception):
    def __str__(self):
        return "custom str"
print(str(Custom("ignored")), repr(Custom("kept")))
