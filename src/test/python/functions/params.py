# Parameter kinds: positional-only, defaults, keyword-only, *args, **kwargs.

# --- case: positional-only parameters
def po(a, b, /, c):
    return (a, b, c)
print(po(1, 2, 3), po(1, 2, c=3))

# --- case: keyword-only parameters
def ko(a, *, b, c=10):
    return (a, b, c)
print(ko(1, b=2), ko(a=1, b=2, c=3), ko(1, c=0, b=5))

# --- case: all kinds at once
def every(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs
print(every(1, d=4))
print(every(1, 20, 30, 40, 50, d=4, f=6, g=7))
print(every(1, c=33, d=4, e=55, z=0))

# --- case: positional-only names can be reused as kwargs
def pok(a, /, **kwargs):
    return a, kwargs
print(pok(1, a=2))

# --- case: *args and **kwargs collect types
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(collect())
print(collect(1, "x", k=None))

# --- case: call-site unpacking
def f(a, b, c, d):
    return [a, b, c, d]
print(f(*[1, 2], *(3,), 4), f(**{"a": 1, "b": 2}, c=3, **{"d": 4}), f(1, *"bc", d=9))
print(f(*range(4)), f(*{"w": 0, "x": 0, "y": 0, "z": 0}))

# --- case: keyword arguments preserve order in **kwargs
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1}, a=2))

# --- case: defaults referencing earlier names at definition
base = 10
def with_default(x, y=base * 2):
    return x + y
base = 1000
print(with_default(1), with_default(1, 1))

# --- case: keyword-only with no default after *args
def kw_after(*items, sep):
    return sep.join(items)
print(kw_after("a", "b", sep="-"))

# --- case: bare star with defaults
def bare(a, *, flag=False):
    return a, flag
print(bare(1), bare(1, flag=True))

# --- case: mutation of **kwargs does not affect caller dict
opts = {"x": 1}
def mutate(**kw):
    kw["x"] = 99
    return kw
print(mutate(**opts), opts)

# --- case: non-identifier keys through ** with **kwargs
def anykeys(**kw):
    return kw
print(anykeys(**{"not an identifier": 1, "1": 2}))

# --- case: argument evaluation order left to right
log = []
def arg(v):
    log.append(v)
    return v
def many(*a, **k): return a, k
many(arg(1), arg(2), x=arg(3), *[arg(4)], **{"y": arg(5)})
print(log)

# --- case: __code__ argument counts
def counts(a, b, /, c, *args, d, **kw): pass
co = counts.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_varnames[:6])
