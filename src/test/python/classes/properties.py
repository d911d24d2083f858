# property, classmethod and staticmethod.

# --- case: property getter/setter/deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("setting", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)

# --- case: read-only property errors
class RO:
    @property
    def v(self): return 1
r = RO()
try:
    r.v = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.v
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: property built with the function form
class Manual:
    def _get(self): return self._x * 2
    def _set(self, v): self._x = v
    x = property(_get, _set, None, "manual doc")
m = Manual()
m.x = 4
print(m.x, Manual.x.__doc__, Manual.x.fget.__name__, Manual.x.fdel)

# --- case: property overrides instance dict
m.__dict__["x"] = "ignored"
print(m.x)

# --- case: property inheritance and overriding
class Base:
    @property
    def kind(self): return "base"
class Child(Base):
    @property
    def kind(self): return "child/" + super().kind
print(Child().kind)

# --- case: property raising AttributeError falls back to __getattr__
class Fallback:
    @property
    def prop(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return f"getattr({name})"
print(Fallback().prop)

# --- case: classmethod alternative constructors
class Date:
    def __init__(self, y, m, d): self.parts = (y, m, d)
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
class Sub(Date): pass
d = Sub.parse("2024-02-29")
print(type(d).__name__, d.parts, Date.parse.__self__.__name__)

# --- case: staticmethod has no binding
class Util:
    @staticmethod
    def add(a, b): return a + b
print(Util.add(1, 2), Util().add(3, 4), Util.add.__name__)

# --- case: staticmethod objects are callable directly
sm = staticmethod(lambda: "called")
print(sm(), type(sm).__name__)

# --- case: classmethod called on instance receives the class
class Counter:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
c = Counter()
print(c.bump(), Counter.bump(), c.count)

# --- case: property with setter only via function form
class WriteOnly:
    def _set(self, v): self.__dict__["hidden"] = v
    w = property(None, _set)
wo = WriteOnly()
wo.w = 3
print(wo.hidden)
try:
    wo.w
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: property getter/setter/deleter methods return new properties
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p2.fset is not None, p1.fset)
