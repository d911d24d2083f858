# traceback: formatting exceptions, stacks and frame summaries as CPython 3.13
import sys
import traceback


class Sink:
    """A file that keeps what is written (io.StringIO without io)."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


def clean(text):
    # The script's path differs between runners; show only its name.
    return text.replace(__file__, "FILE") if isinstance(text, str) else text


def show(label, value):
    print(f"--- {label}")
    if isinstance(value, list):
        for item in value:
            print(clean(repr(item)))
    else:
        value = clean(value)
        print(value, end="" if isinstance(value, str) and value.endswith("\n") else "\n")


def divide(a, b):
    return a / b


def outer():
    try:
        divide(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("outer failed") from e


def context():
    try:
        {}["missing"]
    except KeyError:
        int("x")


# format_exception with an explicit cause
try:
    outer()
except ValueError as e:
    show("format_exception cause", traceback.format_exception(e))
    show("format_exception no chain", traceback.format_exception(e, chain=False))
    show("format_exception 3 args", traceback.format_exception(type(e), e, e.__traceback__))
    show("format_exc", traceback.format_exc())
    show("format_exc limit 1", traceback.format_exc(limit=1))
    show("format_exc limit -1", traceback.format_exc(limit=-1))
    show("format_exception_only", traceback.format_exception_only(e))
    show("format_exception_only 2", traceback.format_exception_only(type(e), e))
    show("format_tb", traceback.format_tb(e.__traceback__))
    buf = Sink()
    traceback.print_exc(file=buf)
    show("print_exc", buf.getvalue())
    buf = Sink()
    traceback.print_exception(e, file=buf, chain=False)
    show("print_exception", buf.getvalue())
    buf = Sink()
    traceback.print_tb(e.__traceback__, file=buf)
    show("print_tb", buf.getvalue())

# implicit context
try:
    context()
except ValueError as e:
    show("context", "".join(traceback.format_exception(e)))

# suppressed context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
except RuntimeError as e:
    show("suppressed", "".join(traceback.format_exception(e)))

# extract_tb and FrameSummary
try:
    outer()
except ValueError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(clean(repr(fs)), fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, repr(fs.line))
        print([clean(x) for x in fs], len(fs), fs[0] == fs.filename, fs[2])
    print(summary[0] == (summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line))
    print(traceback.format_list(summary) == summary.format())
    cause_tb = e.__cause__.__traceback__
    print([fs.name for fs in traceback.extract_tb(cause_tb)])
    print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(cause_tb)])

# TracebackException
try:
    outer()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str, str(te), te.__suppress_context__, te.exceptions)
    print(te.__cause__.exc_type_str, str(te.__cause__), te.__context__ is None)
    print(len(te.stack), [fs.name for fs in te.stack])
    print(list(te.format_exception_only()))
    print(clean("".join(te.format(chain=False))), end="")
    buf = Sink()
    te.print(file=buf)
    print(buf.getvalue() == "".join(te.format()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(len(te2.stack))


class CustomError(Exception):
    pass


try:
    raise CustomError()
except CustomError as e:
    show("empty message", traceback.format_exception_only(e))

err = KeyError("k")
err.add_note("first note")
err.add_note("second\nnote")
show("notes", traceback.format_exception_only(err))
show("no traceback", traceback.format_exception(err))
show("None", traceback.format_exception_only(None))

# syntax errors
try:
    compile("x = (1 +", "<src>", "exec")
except SyntaxError as e:
    show("syntax error", traceback.format_exception_only(e))

try:
    compile("a b", "snippet.py", "exec")
except SyntaxError as e:
    show("syntax error 2", traceback.format_exception_only(e))

# suggestions
try:
    lenn = 1
    print(lengthy)
except NameError as e:
    show("name suggestion", traceback.format_exception_only(e))


class Point:
    def __init__(self):
        self.x = 1


try:
    Point().y
except AttributeError as e:
    show("attribute", traceback.format_exception_only(e))

# stacks
def where():
    return traceback.extract_stack()


def where_formatted():
    return traceback.format_stack(limit=2)


stack = where()
print([fs.name for fs in stack][-2:], stack[-1].line)
show("format_stack", where_formatted())
buf = Sink()
traceback.print_stack(file=buf, limit=1)
show("print_stack", buf.getvalue())
print(next(traceback.walk_stack(sys._getframe()))[1])

# from_list and format_list
show("from_list", traceback.StackSummary.from_list([("a.py", 3, "f", "x = 1"), ("b.py", 7, "g", None)]).format())
fs = traceback.FrameSummary("c.py", 10, "h", line="return 5", lookup_line=False)
print(fs.line, repr(fs))
show("format_list", traceback.format_list([fs]))


# recursion folding
def recurse(n):
    if n == 0:
        raise RuntimeError("bottom")
    recurse(n - 1)


try:
    recurse(8)
except RuntimeError as e:
    show("recursion", "".join(traceback.format_exception(e)))

# exception groups
def group():
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])


try:
    group()
except ExceptionGroup as e:
    show("group", "".join(traceback.format_exception(e)))
    show("group only", traceback.format_exception_only(e, show_group=True))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), OSError(3)])])
show("nested group", "".join(traceback.format_exception(eg)))

# locals
def with_locals():
    number = 42
    text = "hi"
    raise LookupError("with locals")


try:
    with_locals()
except LookupError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(sorted(te.stack[-1].locals.items()), te.stack[0].locals is not None)
    show("capture_locals", traceback.StackSummary.from_list([te.stack[-1]]).format())

try:
    traceback.format_exception(ValueError("x"), None)
except ValueError as e:
    print(e)
try:
    traceback.print_exception(5)
except TypeError as e:
    print(e)
