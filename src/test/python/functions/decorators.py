# Decorators: plain, stacked, with arguments, on classes and methods.
import functools

# --- case: simple decorator
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
@shout
def greet(name):
    return f"hello {name}"
print(greet("ada"), greet.__name__)

# --- case: stacked decorators apply bottom-up
log = []
def tag(label):
    def deco(f):
        log.append(f"decorating with {label}")
        def wrapper():
            return f"<{label}>{f()}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text(), log)

# --- case: decorator with arguments and functools.wraps
def repeat(times):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a, **k):
            return [f(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    """Roll docs."""
    return x * 2
print(roll(4), roll.__name__, roll.__doc__, roll.__wrapped__(1), roll.__qualname__)

# --- case: decorator evaluation order: decorator expressions before def
order = []
def make(name):
    order.append(f"make {name}")
    def deco(f):
        order.append(f"apply {name}")
        return f
    return deco
@make("outer")
@make("inner")
def target(): pass
print(order)

# --- case: arbitrary expressions as decorators (PEP 614)
decos = {"id": lambda f: f, "const": lambda f: (lambda: "replaced")}
@decos["const"]
def replaced(): return "original"
@(lambda f: f)
def same(): return "same"
print(replaced(), same())

# --- case: class decorator
def add_hello(cls):
    cls.hello = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_hello
class Person: pass
print(Person().hello())

# --- case: decorators on methods with classmethod/staticmethod/property
def trace(f):
    def wrapper(*a):
        return ("traced", f(*a))
    return wrapper
class K:
    @staticmethod
    @trace
    def s(x): return x
    @classmethod
    @trace
    def c(cls): return cls.__name__
    @property
    @trace
    def p(self): return 1
print(K.s(5), K.c(), K().p)

# --- case: decorator that counts calls with function attribute
def counted(f):
    def wrapper(*a):
        wrapper.calls += 1
        return f(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop(): pass
noop(); noop(); noop()
print(noop.calls)

# --- case: callable class as decorator
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)

# --- case: functools.lru_cache and cache
@functools.lru_cache(maxsize=None)
def slow(n):
    return n * 2
print(slow(2), slow(2), slow.cache_info().hits, slow.cache_info().misses)

# --- case: decorator returning non-function
@callable
def sized(): pass
print(sized)
def to_str(f): return f.__name__
@to_str
def named(): pass
print(named)
