# Messages of call errors (TypeError) and bad arguments.

def f(a, b):
    return a + b
def g(a, /, b, *, c):
    pass
def h(*, k):
    pass
def opt(a, b=1, c=2):
    pass
class K:
    def m(self, x):
        pass
    @staticmethod
    def s():
        pass

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

# --- case: missing arguments
attempt("missing one", lambda: f(1))
attempt("missing two", lambda: f())
attempt("missing three", lambda: opt())
attempt("missing kwonly", lambda: g(1, 2))
attempt("missing kwonly only", lambda: h())
def three(a, b, c): pass
attempt("missing a b c", lambda: three())

# --- case: too many positional arguments
attempt("too many", lambda: f(1, 2, 3))
attempt("too many defaults", lambda: opt(1, 2, 3, 4))
attempt("too many none expected", lambda: K.s(1))
attempt("kwonly only positional", lambda: h(1))
attempt("too many with kwonly given", lambda: g(1, 2, 3, c=4))
def one(a): pass
attempt("one takes one", lambda: one(1, 2))

# --- case: unexpected and duplicate keyword arguments
attempt("unexpected kw", lambda: f(1, 2, z=3))
attempt("multiple values", lambda: f(1, 2, a=3))
attempt("multiple values via **", lambda: f(1, **{"a": 2}))
attempt("positional-only as keyword", lambda: g(a=1, b=2, c=3))
attempt("duplicate ** keys", lambda: f(**{"a": 1}, **{"a": 2}))
attempt("** non-mapping", lambda: f(**[1, 2]))
attempt("* non-iterable", lambda: f(*5))
attempt("** non-string key", lambda: f(**{1: 2}))

# --- case: method call errors include qualified name
attempt("method missing", lambda: K().m())
attempt("method too many", lambda: K().m(1, 2))
attempt("unbound method", lambda: K.m())

# --- case: calling non-callables
five, nothing, text, items = 5, None, "s", []
attempt("int call", lambda: five())
attempt("none call", lambda: nothing())
attempt("str call", lambda: text())
attempt("list call", lambda: items(1))

# --- case: builtin function argument errors
attempt("len no args", lambda: len())
attempt("len two args", lambda: len(1, 2))
attempt("len int", lambda: len(5))
attempt("int kw", lambda: int(x=5))
attempt("abs str", lambda: abs("x"))
attempt("sorted positional key", lambda: sorted([], None))
attempt("divmod one", lambda: divmod(1))
attempt("getattr non-str", lambda: getattr(1, 2))

# --- case: lambda call errors
attempt("lambda too many", lambda: (lambda: 0)(1))
attempt("lambda missing", lambda: (lambda x, y: 0)(1))

# --- case: class instantiation errors
class NoInit: pass
attempt("object() args", lambda: NoInit(1))
class WithInit:
    def __init__(self, a): pass
attempt("init missing", lambda: WithInit())
attempt("init too many", lambda: WithInit(1, 2))
