"""functools: reduce, partial, wraps, lru_cache, total_ordering, singledispatch..."""
import functools
from functools import (reduce, partial, partialmethod, wraps, update_wrapper, lru_cache,
                       cache, cached_property, total_ordering, cmp_to_key,
                       singledispatch, singledispatchmethod)
import operator
from collections.abc import Sequence, Mapping


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: __all__
print(functools.__all__)

# --- case: reduce
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + b, [], 0))
print(reduce(lambda acc, x: acc + [x * 2], "ab", []))
attempt("empty", lambda: reduce(operator.add, []))
attempt("not iterable", lambda: reduce(operator.add, 5))

# --- case: partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(7), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 3), mod=5)
print(p2(4), p2.func is power, p2.args, p2.keywords)
print(repr(partial(len)).startswith("functools.partial(<built-in function len"), repr(partial(max, 1, key=abs)))
print(partial(int, base=16)("ff"), partial(sorted, key=len)(["ccc", "a", "bb"]))
attempt("not callable", lambda: partial(5))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
print(repr(Cell.__dict__["set_alive"]).startswith("functools.partialmethod(<function Cell.set_state"))

# --- case: wraps
def deco(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        """inner doc"""
        return fn(*args, **kwargs) * 2
    return inner
@deco
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__annotations__, add.__qualname__)
def plain():
    pass
plain.extra = 1
def w():
    pass
update_wrapper(w, plain, assigned=("__name__",))
print(w.__name__, w.extra, w.__wrapped__ is plain, w.__doc__)

# --- case: lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), calls)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info().currsize)
@cache
def kw(a, b=2):
    return a * b
print(kw(3), kw(3, b=4), kw(a=3), kw.cache_info(), kw.__wrapped__(5))
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1); print(nocache.cache_info())
attempt("bad maxsize", lambda: lru_cache("a"))
attempt("unhashable", lambda: kw([1]))
print(type(fib.cache_info()).__name__, fib.cache_info().hits > 0)

# --- case: cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        """Sum up."""
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed, "total" in d.__dict__, Data.total.__doc__)
del d.total; print(d.total, d.computed)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
attempt("no dict", lambda: Slotted().y)

# --- case: total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), sorted([V(3), V(1), V(2)]), max(V(1), V(5)))
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G(1) > G(1))
attempt("no ordering", lambda: total_ordering(type("X", (), {})))

# --- case: cmp_to_key
def numeric_desc(a, b):
    return (b > a) - (b < a)
print(sorted([3, 1, 2], key=cmp_to_key(numeric_desc)))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
k = cmp_to_key(numeric_desc)
print(k(1) < k(2), k(1) == k(1), k(3) >= k(4))

# --- case: singledispatch
@singledispatch
def show(obj):
    return f"object {obj!r}"
@show.register
def _(obj: int):
    return f"int {obj}"
@show.register(list)
def _(obj):
    return f"list of {len(obj)}"
@show.register(float)
@show.register(complex)
def _(obj):
    return f"number {obj}"
def show_str(obj):
    return f"str {obj}"
show.register(str, show_str)
@show.register
def _(obj: dict | set):
    return f"dict-or-set {len(obj)}"
print(show(1), show(True), show([1, 2]), show(2.5), show(1j), show("s"), show({}), show({1}), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(str) is show_str, object in show.registry, len(show.registry))
@singledispatch
def kind(obj):
    return "generic"
@kind.register(Sequence)
def _(obj):
    return "sequence"
@kind.register(Mapping)
def _(obj):
    return "mapping"
print(kind([]), kind(()), kind({}), kind(5), kind("str"))
class MySeq(Sequence):
    def __getitem__(self, i):
        raise IndexError
    def __len__(self):
        return 0
print(kind(MySeq()))
attempt("no args", lambda: show())
attempt("bad register", lambda: show.register(1))
def unannotated(x):
    pass
try:
    show.register(unannotated)
except TypeError as exc:
    print("unannotated", str(exc).split(":")[0], str(exc).split(".")[-2])
print(show.__name__, show.__wrapped__(3))

# --- case: singledispatchmethod
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"
    @fmt.register(str)
    def _(self, arg):
        return f"str {arg}"
    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return f"{cls.__name__} generic"
    @make.register(int)
    @classmethod
    def _(cls, arg):
        return f"{cls.__name__} int"
f = Fmt()
print(f.fmt(1), f.fmt("a"), f.fmt(1.5), Fmt.make(3), Fmt.make("x"), Fmt.fmt.__name__)
