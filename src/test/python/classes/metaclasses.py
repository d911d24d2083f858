# Metaclasses: __new__, __init__, __call__, __prepare__.

log = []

# --- case: metaclass hooks order
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {sorted(kw)}")
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"new {name} keys={sorted(k for k in ns if not k.startswith('__'))}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(f"call {cls.__name__} {a}")
        return super().__call__(*a, **k)
class Thing(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        log.append(f"Thing.__init__ {v}")
        self.v = v
t = Thing(5)
print("\n".join(log))
print(t.v, Thing.injected, type(Thing).__name__, type(Meta).__name__)

# --- case: metaclass inherited by subclasses
log.clear()
class Sub(Thing):
    pass
print(type(Sub).__name__, log)

# --- case: __prepare__ returning a custom mapping records definition order
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class Ordered(metaclass=OrderMeta):
    b = 1
    a = 2
    def c(self): pass
    b = 3
print(Ordered.order, Ordered.b)

# --- case: singleton via __call__
class Single(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in Single._instances:
            Single._instances[cls] = super().__call__(*a)
        return Single._instances[cls]
class Config(metaclass=Single):
    def __init__(self, v): self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.v)

# --- case: __call__ returning something else skips __init__
class Weird(type):
    def __call__(cls, *a):
        return "not an instance"
class W(metaclass=Weird):
    def __init__(self): print("never")
print(W())

# --- case: metaclass methods and attributes visible on class, not instances
class M2(type):
    def describe(cls):
        return f"class {cls.__name__}"
    meta_attr = "meta"
class K(metaclass=M2): pass
print(K.describe(), K.meta_attr, hasattr(K(), "describe"))

# --- case: metaclass conflict
class MA(type): pass
class MB(type): pass
class CA(metaclass=MA): pass
class CB(metaclass=MB): pass
try:
    class CAB(CA, CB): pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: most derived metaclass wins
class MSub(MA): pass
class CS(metaclass=MSub): pass
class Mixed(CA, CS): pass
print(type(Mixed).__name__)

# --- case: type() with three arguments and keyword arguments to __init_subclass__
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
Made = type("Made", (Base,), {}, tag="T")
print(Made.tag, Made.__name__, Made.__module__)

# --- case: type(x) vs x.__class__ and type of type
print(type(type), type(object), type(int), isinstance(type, object), isinstance(object, type))

# --- case: metaclass __new__ modifying namespace
class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class U(metaclass=Upper):
    value = 1
    def method(self): return "m"
print(U.VALUE, U().METHOD(), hasattr(U, "value"))

# --- case: class keyword arguments without metaclass support
try:
    class Bad(unknown_kw=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __mro_entries__ is not required; metaclass __instancecheck__ on classes
class Check(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=Check): pass
print(isinstance("magic", Magic), isinstance("other", Magic))

# --- case: __init_subclass__ and metaclass __init__ ordering
order = []
class OM(type):
    def __init__(cls, *a):
        order.append(f"meta init {cls.__name__}")
        super().__init__(*a)
class OB(metaclass=OM):
    def __init_subclass__(cls):
        order.append(f"init_subclass {cls.__name__}")
class OC(OB): pass
print(order)
