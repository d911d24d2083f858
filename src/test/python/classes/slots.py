# __slots__ behaviour.

# --- case: slots restrict attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: unset slot raises AttributeError
class Q:
    __slots__ = ["a", "b"]
q = Q()
q.a = 1
try:
    q.b
except AttributeError as e:
    print(type(e).__name__, e)
del q.a
try:
    del q.a
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: slots are descriptors on the class
print(type(P.__dict__["x"]).__name__, P.x.__name__)

# --- case: subclass without slots gets a __dict__
class PD(P): pass
pd = PD(1, 2)
pd.z = 3
print(pd.z, sorted(vars(pd)))

# --- case: subclass with additional slots
class P3(P):
    __slots__ = ("z",)
p3 = P3(1, 2)
p3.z = 9
print(p3.x, p3.z, hasattr(p3, "__dict__"))
try:
    p3.w = 0
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: __dict__ in slots allows dynamic attributes
class Dyn:
    __slots__ = ("a", "__dict__")
d = Dyn()
d.a = 1
d.b = 2
print(d.a, d.b, vars(d))

# --- case: slot conflicting with class variable
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)

# --- case: single string slot
class One:
    __slots__ = "only"
o = One()
o.only = "yes"
print(o.only, One.__slots__)

# --- case: slots and class attributes read
class WithDefault:
    __slots__ = ("v",)
    k = "class attr"
w = WithDefault()
print(w.k)
try:
    w.k = "x"
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: empty slots
class NoAttrs:
    __slots__ = ()
try:
    NoAttrs().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: weakref slot absent by default
print(hasattr(P(0, 0), "__weakref__"), hasattr(PD(0, 0), "__weakref__"))

# --- case: private name mangling in slots
class Mangled:
    __slots__ = ("__secret",)
    def __init__(self): self.__secret = 1
    def get(self): return self.__secret
print(Mangled().get(), "_Mangled__secret" in Mangled.__dict__)
