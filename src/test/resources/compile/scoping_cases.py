# Tricky scoping cases, split at the "# ----" lines; SymtableTest compares Taipan's symbol table
# for each chunk with CPython 3.13's.
# ---- nested comprehensions inline into each other and into the function
def f(a):
    return [[x + y for y in a] for x in a]
# ---- a comprehension's free names bound in the function
def f(a, n):
    return [n for x in a], {x: n for x in a}, {n for x in a}
# ---- a comprehension whose variable a nested lambda closes over
def f(a):
    fs = [lambda: x for x in a]
    gs = [[lambda: (x, y) for y in a] for x in a]
    return fs, gs
# ---- comprehension variable that shadows a cell of the function
def f(a):
    x = 1
    g = lambda: x
    return [x for x in a], g
# ---- walrus through nested comprehensions
def f(a):
    [[(last := y) for y in x] for x in a]
    return last
# ---- walrus with a global in the function
def f(a):
    global total
    [(total := x) for x in a]
# ---- walrus in a lambda inside a comprehension binds in the lambda
def f(a):
    return [lambda: (z := x) for x in a]
# ---- walrus in a genexpr inside a class method
class C:
    def m(self, a):
        return any((w := x) for x in a), w
# ---- comprehensions at module level and in a class
xs = [i for i in range(3)]
ys = {k: v for k, v in zip(xs, xs)}
class K:
    zs = [i * j for i in xs for j in range(i)]
    g = (i for i in xs)
    def m(self):
        return [super() for _ in ()]
# ---- __class__ and super in nested functions and comprehensions
class C:
    def m(self):
        def inner():
            return __class__
        return [super().m() for _ in range(2)], inner
    def n(self):
        return lambda: super()
    class D:
        def m(self):
            return __class__
# ---- class-level free variables and globals
def f():
    x = 1
    y = 2
    class C:
        global y
        x = x
        def m(self):
            return x, y
        def n(self):
            nonlocal x
            x = 3
    return C
# ---- class names that shadow a function's names seen through a method
def f():
    a = b = 1
    class C:
        a = 2
        print(b)
        def m(self):
            return a + b
# ---- deletes and augmented assignments
def f():
    x += 1
    del y
    z: int
    (w): int = 3
    v.attr: int = 4
# ---- imports
import a.b.c
import d as e, f.g as h
from . import i
from .j import k as l
def m():
    import n.o
    from p import q
# ---- decorators, defaults and annotations evaluate outside
def deco(x): return x
def outer(k):
    @deco
    def f(a: k = k, *args: k, b: k = k, **kw: k) -> k:
        return a
    @deco
    class C(k, metaclass=k):
        pass
    return f, C
# ---- lambdas with defaults
def f(x):
    return lambda a=x, *, b=x: a + b + x
# ---- generators and async
async def f(a):
    async with a as b:
        async for c in b:
            yield [d async for d in c]
    await a
def g():
    yield from range(3)
    return 1
async def h(a):
    return [await x for x in a], (await y async for y in a)
# ---- PEP 695 functions
def f[T, *Ts, **P](a: T, *args: *Ts, **kw: P.kwargs) -> T:
    return a
def g[T: (int, str) = int, *Ts = tuple[int], **P = [int]](a=1, *, b=2):
    return a
async def h[T](a: T) -> T:
    return a
# ---- PEP 695 classes
class C[T](list[T], metaclass=type):
    x: T
    def m(self) -> T:
        return self.x
class D[T: int, U = str]:
    def m[V](self, a: V, b: T) -> U:
        return a
# ---- PEP 695 inside classes
class Outer:
    A = int
    def m[T: A](self, x: T) -> A:
        return x
    class Inner[T: A = A](dict[A, T]):
        pass
    type Alias[U: A] = list[A | U]
    type Plain = A
# ---- PEP 695 inside functions
def f():
    B = int
    def g[T: B](x: T) -> B:
        return x
    class C[T = B]:
        def m(self):
            return B
    type Alias[U] = B | U
    return g, C, Alias
# ---- type aliases
type A = int
type B[T] = list[T]
type C[*Ts] = tuple[*Ts]
type D[**P] = P
# ---- comprehensions inside annotation scopes of a class are not inlined
class C:
    X = [1]
    type A = [x for x in X]
    def m[T: [y for y in X]](self): pass
# ---- private names
class __Private:
    __a = 1
    def __m(self, __p=__a):
        __q = self.__a
        global __g
        return __g, __q
    class __Inner:
        def __n(self):
            return __a
    import __mod
    import __mod.sub as __alias
class ___:
    __x = 1
# ---- mangling of type parameters in a generic class
class __C[__T, U](__B[__T], __k=__v):
    __z: __T
    def m[__V](self, __a: __V) -> __T:
        return __a
# ---- global and nonlocal together across levels
x = 0
def f():
    global x
    def g():
        x = 1
        def h():
            nonlocal x
            return x
        return h
    return g
# ---- match statements
def f(v):
    match v:
        case [a, *rest] if a:
            pass
        case {"k": b, **kw}:
            pass
        case P(x=c) | P(y=c) as whole:
            pass
        case _:
            pass
# ---- except groups and with targets
def f():
    try:
        pass
    except* E as err:
        pass
    with a as (b, [c, *d]):
        pass
# ---- f-strings and nested scopes
def f(a, b):
    return f"{a!r:{b}} {[x for x in a]} {(lambda: b)()}"
# ---- names that look special
def f():
    __debug__
    __class__
    super
    return __name__
# ---- star-args parameters named like implicit names
def f(*args, **kwargs):
    return [args for _ in kwargs]
# ---- comprehension in a default and decorator of a method
class C:
    xs = [1]
    def m(self, a=[x for x in xs]):
        return a
# ---- from __future__ annotations with type aliases
from __future__ import annotations
def f(a: List[int]) -> Dict:
    x: Tuple = ()
    return x
class C:
    y: Foo
type A = Bar
# ---- deep nesting
def a():
    v = 1
    def b():
        def c():
            def d():
                return v
            return d
        return c
    return b
# ---- walrus at module level in comprehension and a genexpr
[(y := q) for q in range(3)]
(z := 1 for q in ())
print(y)
