# inspect: predicates, members, docs, signatures and frames as CPython 3.13
import abc
import functools
import inspect
import sys
import types


def plain(a, b=1, *args, c, d=2, **kw):
    """Plain function.

        Indented line.
    Last line.
    """
    return a


def annotated(x: int, y: "str" = "s", /, z: list[int] = None, *, flag: bool = False) -> dict:
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class Base:
    """Base docstring."""

    attr = 5

    def method(self, value):
        """Method doc."""
        return value

    @classmethod
    def cmethod(cls, x, y=3):
        return cls

    @staticmethod
    def smethod(p, *, q):
        return p

    @property
    def prop(self):
        """Property doc."""
        return 1


class Child(Base):
    def method(self, value):
        return value * 2


class Abstract(abc.ABC):
    @abc.abstractmethod
    def must(self):
        pass


class Concrete(Abstract):
    def must(self):
        return 1


print("--- predicates")
objects = [("plain", plain), ("gen", gen), ("gen()", gen()), ("coro", coro), ("agen", agen), ("agen()", agen()),
           ("Base", Base), ("Base()", Base()), ("Base().method", Base().method), ("Base.method", Base.method),
           ("len", len), ("[].append", [].append), ("str.join", str.join), ("object.__init__", object.__init__),
           ("inspect", inspect), ("lambda", lambda: 0), ("partial", functools.partial(plain, 1)),
           ("prop", Base.__dict__["prop"]), ("1", 1), ("frame", sys._getframe()), ("code", plain.__code__)]
predicates = [inspect.ismodule, inspect.isclass, inspect.ismethod, inspect.isfunction, inspect.isgeneratorfunction,
              inspect.isgenerator, inspect.iscoroutinefunction, inspect.isasyncgenfunction, inspect.isasyncgen,
              inspect.isbuiltin, inspect.isroutine, inspect.ismethoddescriptor, inspect.isdatadescriptor,
              inspect.isframe, inspect.iscode, inspect.isawaitable]
for name, obj in objects:
    print(name, "".join("1" if p(obj) else "0" for p in predicates))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(1), inspect.isabstract(Base))
print(inspect.iscoroutinefunction(functools.partial(coro)), inspect.isgeneratorfunction(Base.method))


@inspect.markcoroutinefunction
def marked():
    pass


print(inspect.iscoroutinefunction(marked))

print("--- members")
members = inspect.getmembers(Base)
print([name for name, _ in members if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Base(), inspect.ismethod)])
print(inspect.getmembers(Base, lambda v: v == 5))
print(inspect.getmro(Child) == (Child, Base, object))
print([name for name, _ in inspect.getmembers_static(Base) if not name.startswith("__")])

print("--- docs")
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child)), repr(inspect.getdoc(Base.prop)))
print(repr(inspect.getdoc(Child().method)))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n   only\n")))
print(repr(inspect.cleandoc("tab\n\tindented\n\t  more")))
print(inspect.getdoc(1) == int.__doc__ or inspect.getdoc(1) is not None)

print("--- modules")
print(inspect.getmodule(plain).__name__, inspect.getmodule(Base).__name__, inspect.getmodule(inspect) is inspect)
print(inspect.getmodule(functools.partial).__name__)
print(inspect.getmodulename("/a/b/spam.py"), inspect.getmodulename("x.txt"))
print(inspect.getfile(plain) == __file__, inspect.getsourcefile(Base) == __file__)
try:
    inspect.getfile(sys)
except TypeError as e:
    print(e)
try:
    inspect.getfile(1)
except TypeError as e:
    print(e)

print("--- source")
print(inspect.getsource(gen), end="")
lines, start = inspect.getsourcelines(Base.smethod)
print(start, lines)
print(inspect.getsource(Concrete), end="")

print("--- getattr_static")


class Dynamic:
    x = "class"

    def __getattr__(self, name):
        return "dynamic " + name

    @property
    def p(self):
        return "computed"


d = Dynamic()
d.y = "instance"
print(inspect.getattr_static(d, "x"), inspect.getattr_static(d, "y"), d.missing)
print(type(inspect.getattr_static(d, "p")).__name__, inspect.getattr_static(d, "missing", "default"))
try:
    inspect.getattr_static(d, "missing")
except AttributeError as e:
    print("AttributeError", e)
print(type(inspect.getattr_static(Base, "cmethod")).__name__, type(inspect.getattr_static(Base, "smethod")).__name__)

print("--- unwrap")


def decorator(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


@decorator
@decorator
def wrapped(alpha, beta=2):
    return alpha


print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__.__wrapped__)
print(inspect.unwrap(wrapped, stop=lambda f: f is wrapped) is wrapped)
loop = types.SimpleNamespace()
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).startswith("wrapper loop when unwrapping"))

print("--- annotations")
print(sorted(inspect.get_annotations(annotated).items()))
print(sorted(inspect.get_annotations(annotated, eval_str=True).items()))


class Annotated:
    a: int
    b: "list[str]" = []


print(inspect.get_annotations(Annotated), inspect.get_annotations(Annotated, eval_str=True))
print(inspect.get_annotations(Base), inspect.get_annotations(plain))
try:
    inspect.get_annotations(1)
except TypeError as e:
    print(e)

print("--- signature")
for fn in [plain, annotated, gen, Base.method, Base().method, Base.cmethod, Base.smethod, Child, Base,
           functools.partial(plain, 1, c=3), functools.partial(annotated, 1), wrapped, lambda *a, **k: None,
           lambda x, /, y, *, z: None]:
    sig = inspect.signature(fn)
    print(sig, repr(sig))
print(inspect.signature(wrapped, follow_wrapped=False))


class WithInit:
    def __init__(self, a, b=2, *, c):
        pass


class WithNew:
    def __new__(cls, x, *rest):
        return super().__new__(cls)


class Meta(type):
    def __call__(cls, meta_arg):
        return super().__call__()


class UsesMeta(metaclass=Meta):
    pass


class CallableObj:
    def __call__(self, p, q=1):
        pass


print(inspect.signature(WithInit), inspect.signature(WithNew), inspect.signature(UsesMeta),
      inspect.signature(CallableObj()))


def with_sig():
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter("custom", inspect.Parameter.KEYWORD_ONLY)])
print(inspect.signature(with_sig))
for bad in [1, ValueError]:
    try:
        inspect.signature(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print("--- parameters")
sig = inspect.signature(plain)
for name, param in sig.parameters.items():
    print(name, param.kind, param.kind.description, int(param.kind), param.default is param.empty,
          param.annotation is inspect.Parameter.empty, repr(param), str(param))
print(list(inspect.signature(annotated).parameters.values()))
print(sig.return_annotation is inspect.Signature.empty, inspect.signature(annotated).return_annotation)
p = inspect.Parameter("value", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p, repr(p), p.replace(name="other", default=inspect.Parameter.empty), p.replace(kind=inspect.Parameter.KEYWORD_ONLY))
print(p == inspect.Parameter("value", 1, default=3, annotation=int), p == p.replace(default=4), hash(p) == hash(p.replace()))
print(repr(inspect.Parameter.POSITIONAL_ONLY), str(inspect.Parameter.VAR_KEYWORD), inspect.Parameter.KEYWORD_ONLY > inspect.Parameter.VAR_POSITIONAL)
for args, kwargs in [(("1x", 1), {}), (("class", 1), {}), (("a", 7), {}), (("a", inspect.Parameter.VAR_POSITIONAL), {"default": 1}),
                     ((5, 1), {})]:
    try:
        inspect.Parameter(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
P = inspect.Parameter
for params in [[P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)], [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)],
               [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]]:
    try:
        inspect.Signature(params)
    except ValueError as e:
        print("ValueError", e)
built = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=2), P("c", P.KEYWORD_ONLY, annotation=str)],
                          return_annotation=float)
print(built, built.replace(return_annotation=inspect.Signature.empty), built.replace(parameters=[]))
print(built == inspect.Signature(list(built.parameters.values()), return_annotation=float), built == inspect.signature(plain))
print(hash(built) == hash(built.replace()), inspect.Signature(), inspect.Signature.from_callable(plain) == sig)
print(inspect.signature(annotated).format(max_width=20))

print("--- bind")
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba, ba.args, ba.kwargs, ba.arguments, ba.signature is sig)
ba.apply_defaults()
print(ba)
bp = sig.bind_partial(c=1)
print(bp, bp.args, bp.kwargs)
bp.apply_defaults()
print(bp)
print(sig.bind(1, c=2) == sig.bind(1, c=2), sig.bind(1, c=2) == sig.bind(2, c=2))
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"a": 1, "c": 1}), ((1, 2), {"b": 3, "c": 1}), ((1,), {"c": 1, "zz": 2})]:
    try:
        inspect.signature(annotated if not kwargs.get("zz") else Base.smethod).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)

print("--- getfullargspec")
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))
print(inspect.getfullargspec(Base().method))
print(inspect.getfullargspec(wrapped))
try:
    inspect.getfullargspec(1)
except TypeError as e:
    print("TypeError", e)

print("--- frames")


def where():
    frame = inspect.currentframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name


print(where())


def stack_names():
    return [info.function for info in inspect.stack()][:2]


print(stack_names())


def frame_info():
    info = inspect.getframeinfo(inspect.currentframe())
    return info.function, info.lineno - info.positions.lineno, info.code_context, info.index


print(frame_info())
outer = inspect.getouterframes(inspect.currentframe())
print(len(outer) >= 1, outer[0].function, outer[0].code_context)
try:
    plain()
except TypeError:
    pass
try:
    1 / 0
except ZeroDivisionError as e:
    inner = inspect.getinnerframes(e.__traceback__)
    print([(fi.function, fi.code_context) for fi in inner])
    print([fi.function for fi in inspect.trace()])


def g_state():
    yield 1


g = g_state()
print(inspect.getgeneratorstate(g), end=" ")
next(g)
print(inspect.getgeneratorstate(g), end=" ")
g.close()
print(inspect.getgeneratorstate(g))
cr = coro()
print(inspect.getcoroutinestate(cr))
cr.close()
print(inspect.getcoroutinestate(cr))
print(inspect.getargvalues(sys._getframe()).args)


def closure_maker():
    free = 10

    def inner():
        return free + len(GLOBAL_NAME) + unknown_name

    return inner


GLOBAL_NAME = "g"
cv = inspect.getclosurevars(closure_maker())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(Base), inspect.formatannotation("x"))
