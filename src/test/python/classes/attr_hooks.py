# __getattr__, __getattribute__, __setattr__, __delattr__.

# --- case: __getattr__ only for missing attributes
class Lazy:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("no_"):
            raise AttributeError(f"no attribute {name!r}")
        return f"computed {name}"
l = Lazy()
print(l.real, l.anything, getattr(l, "foo"), hasattr(l, "no_bar"), getattr(l, "no_x", "dflt"))

# --- case: __getattribute__ intercepts everything
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
s = Spy()
print(s.x, s.secret)

# --- case: __getattribute__ raising AttributeError falls to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "missing":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(Both().missing)

# --- case: __setattr__ validation and recording
class Recorded:
    def __init__(self):
        object.__setattr__(self, "history", [])
    def __setattr__(self, name, value):
        self.history.append((name, value))
        super().__setattr__(name, value)
r = Recorded()
r.a = 1
r.b = 2
r.a = 3
print(r.history, r.a, vars(r).keys() >= {"a", "b"})

# --- case: __delattr__
class NoDelete:
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
nd = NoDelete()
nd.v = 1
try:
    del nd.v
except AttributeError as e:
    print(type(e).__name__, e)
print(nd.v)

# --- case: frozen object
class Frozen:
    __slots__ = ("v",)
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e, f.v)

# --- case: implicit dunder lookup bypasses __getattribute__ and __getattr__
class Bypass:
    def __getattr__(self, name):
        return lambda *a: "from getattr"
b = Bypass()
print(b.__len__())
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: instance __dict__ dunder not used for implicit calls
class Inst: pass
i = Inst()
i.__len__ = lambda: 5
try:
    len(i)
except TypeError as e:
    print(type(e).__name__, e)
print(i.__len__())

# --- case: getattr/setattr/delattr builtins route through hooks
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target: pass
tg = Target()
px = Proxy(tg)
px.color = "red"
print(tg.color, px.color, "color" in vars(px))

# --- case: AttributeError inside __getattr__ message and name attribute
try:
    Lazy().no_way
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().missing_attr
except AttributeError as e:
    print(e.name, type(e.obj).__name__)

# --- case: __getattr__ on class via metaclass
class MetaGA(type):
    def __getattr__(cls, name):
        return f"class-level {name}"
class CG(metaclass=MetaGA): pass
print(CG.whatever)
try:
    CG().whatever
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: __dir__ customization
class Dirs:
    def __dir__(self):
        return ["zeta", "alpha", "alpha"]
print(dir(Dirs()))
