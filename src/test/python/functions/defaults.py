# Default values are evaluated once, at definition time.

# --- case: mutable default shared across calls
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

# --- case: the None idiom
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))

# --- case: default expression evaluated at def time only
calls = []
def make_default():
    calls.append("made")
    return len(calls)
def uses(x=make_default()):
    return x
print(uses(), uses(), calls)

# --- case: __defaults__ and __kwdefaults__ are inspectable and writable
def g(a, b=1, c="c", *, d=[], e=None):
    return a, b, c, d, e
print(g.__defaults__, g.__kwdefaults__)
g.__defaults__ = (100, 200)
g.__kwdefaults__ = {"d": "D", "e": "E"}
print(g(0))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: no defaults gives None
def nodef(a, *, b): pass
print(nodef.__defaults__, nodef.__kwdefaults__)

# --- case: lambda defaults capture value at creation
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])

# --- case: default dict mutated through the default
def memo(n, cache={}):
    if n in cache:
        return cache[n], "cached"
    cache[n] = n * n
    return cache[n], "computed"
print(memo(4), memo(4), memo(5), sorted(memo.__defaults__[0].items()))

# --- case: defaults referencing class-level names in methods
class C:
    LIMIT = 3
    def m(self, limit=LIMIT):
        return limit
C.LIMIT = 99
print(C().m())

# --- case: keyword-only default evaluation order
order = []
def note(x):
    order.append(x)
    return x
def evalorder(a=note("a"), *, b=note("b"), c=note("c")): pass
print(order)
