# Descriptors: data vs non-data, precedence with the instance dict.

log = []

class DataDesc:
    def __get__(self, obj, objtype=None):
        log.append(("get", obj is None, objtype.__name__))
        return "data-desc" if obj is not None else "data-desc-on-class"
    def __set__(self, obj, value):
        log.append(("set", value))
        obj.__dict__["stored"] = value
    def __delete__(self, obj):
        log.append(("delete",))

class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data-desc"

class Host:
    d = DataDesc()
    n = NonDataDesc()

# --- case: data descriptor wins over instance dict
h = Host()
h.__dict__["d"] = "instance value"
print(h.d)
h.d = 5
print(h.__dict__["stored"], h.d)
del h.d
print(log)

# --- case: instance dict wins over non-data descriptor
log.clear()
print(h.n)
h.n = "shadowed"
print(h.n, Host.n)
del h.n
print(h.n)

# --- case: descriptor accessed on the class
print(Host.d, log[-1])

# --- case: descriptor with only __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, v):
        obj.__dict__["so"] = v * 2
class H2:
    so = SetOnly()
h2 = H2()
h2.so = 4
print(h2.__dict__, type(h2.so).__name__)

# --- case: functions are non-data descriptors
def free(self): return "bound to " + type(self).__name__
class H3: pass
H3.m = free
h3 = H3()
print(h3.m(), free.__get__(h3)(), type(free.__get__(None, H3)).__name__)
h3.m = lambda: "instance override"
print(h3.m())

# --- case: validated attribute descriptor
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)
class Account:
    balance = Positive()
    def __init__(self, b):
        self.balance = b
acc = Account(10)
print(acc.balance, vars(acc))
try:
    acc.balance = -5
except ValueError as e:
    print(type(e).__name__, e)

# --- case: descriptor on metaclass is used for class attribute access
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return f"meta-desc for {obj.__name__}"
class Meta(type):
    info = MetaDesc()
class WithMeta(metaclass=Meta): pass
print(WithMeta.info)

# --- case: class-level __dict__ value bypasses descriptor protocol
print(type(Host.__dict__["d"]).__name__, type(vars(Host)["n"]).__name__)

# --- case: __get__ return value used for method-like callables
class Multiplier:
    def __init__(self, k): self.k = k
    def __get__(self, obj, objtype=None):
        return lambda x: x * self.k * (obj.base if obj else 1)
class Calc:
    base = 10
    triple = Multiplier(3)
print(Calc().triple(2), Calc.triple(2))

# --- case: staticmethod and classmethod objects are descriptors
class S:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
sm = S.__dict__["s"]
cm = S.__dict__["c"]
print(sm.__get__(None, S)(), cm.__get__(None, S)(), cm.__func__.__name__, callable(sm))

# --- case: lazy attribute via non-data descriptor caching into instance dict
class lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Expensive:
    calls = 0
    @lazy
    def value(self):
        Expensive.calls += 1
        return 42
ex = Expensive()
print(ex.value, ex.value, Expensive.calls)
