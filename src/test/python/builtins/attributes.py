# setattr/getattr/hasattr/delattr, vars, dir, type, callable, id, hash.

class Obj:
    cls_attr = "c"
    def method(self): return "m"

# --- case: getattr with and without default
o = Obj()
print(getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "method")(), getattr(Obj, "__name__"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: setattr and hasattr and delattr
setattr(o, "x", 10)
setattr(o, "with space", 1)
print(o.x, hasattr(o, "x"), hasattr(o, "with space"), getattr(o, "with space"), sorted(vars(o)))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    delattr(o, "x")
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: hasattr propagates non-AttributeError exceptions
class Boom:
    @property
    def p(self): raise ValueError("boom")
    @property
    def q(self): raise AttributeError("q")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(Boom(), "q"))

# --- case: vars on objects, classes, modules
print(vars(o), type(vars(Obj)).__name__, "method" in vars(Obj))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: dir of an instance includes class attributes, sorted
print([n for n in dir(o) if not n.startswith("__")])
print(dir(o) == sorted(dir(o)), "__init__" in dir(o))

# --- case: dir without arguments lists local scope
def scope(a, b=1):
    c = 3
    return dir()
print(scope(0))

# --- case: type of many objects
for v in [1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, ..., NotImplemented, range(1), slice(1), len, o, Obj, type]:
    print(type(v).__name__, end=" ")
print()

# --- case: type with three arguments
T = type("T", (Obj,), {"y": 2, "double": lambda self: self.y * 2})
t = T()
print(T.__name__, T.__bases__, t.y, t.double(), t.method(), isinstance(t, Obj))

# --- case: callable
print(callable(len), callable(Obj), callable(o), callable(o.method), callable(None), callable(lambda: 0), callable("s"))

# --- case: id and is
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))

# --- case: hash of builtins
print(hash(1), hash(-1), hash(0), hash(True), hash(1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(0.5), hash(1.5), hash(-0.0), hash(float("inf")), hash(float("-inf")), hash(10 ** 20))
print(hash(1 + 0j) == hash(1), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))

# --- case: hasattr and getattr when a property raises
class Raising:
    @property
    def gone(self):
        raise AttributeError("gone")
    @property
    def broken(self):
        raise ValueError("broken")
r = Raising()
print(hasattr(r, "gone"), getattr(r, "gone", "default"))
try:
    hasattr(r, "broken")
except ValueError as e:
    print(type(e).__name__, e)

# --- case: builtin docs and type modules
print(len.__doc__, [].append.__doc__ == list.append.__doc__, repr(print), type(print).__module__)
def plain(): pass
print(type(plain).__module__, type(len).__module__, int.__module__, type(plain.__get__(1)).__module__)
