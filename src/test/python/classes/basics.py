# Class basics: attributes, methods, __init__, class vs instance attributes.

# --- case: simple class with __init__ and methods
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.moved(1, 1).x, Point.norm2(p))

# --- case: class attribute shared, instance attribute shadows
q = Point(0, 0)
print(p.dims, q.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims, "dims" in vars(p), "dims" in vars(q))
Point.dims = 10
print(p.dims, q.dims)
del p.dims
print(p.dims)

# --- case: mutable class attribute shared between instances
class Bag:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items is a.items)

# --- case: instance __dict__ and class __dict__
print(sorted(vars(q)), q.__dict__ == {"x": 0, "y": 0}, "norm2" in Point.__dict__)
q.__dict__["z"] = 5
print(q.z)

# --- case: class-level names and __name__ / __module__ / __qualname__
print(Point.__name__, Point.__qualname__, Point.__module__, type(p).__name__, p.__class__ is Point)
def make():
    class Local: pass
    return Local
print(make().__qualname__)

# --- case: methods are functions on the class, bound on instances
print(type(Point.__dict__["norm2"]).__name__, type(p.norm2).__name__, p.norm2.__self__ is p)

# --- case: adding methods after class creation
def describe(self):
    return f"Point({self.x}, {self.y})"
Point.describe = describe
print(p.describe())
p.instance_fn = lambda: "not bound"
print(p.instance_fn())

# --- case: class body executes like code
class Computed:
    values = [i * i for i in range(4)]
    total = sum(values)
    if total > 10:
        big = True
    for i in range(3):
        pass
print(Computed.values, Computed.total, Computed.big, Computed.i)

# --- case: empty class and object defaults
class Empty: pass
e = Empty()
print(type(e).__name__, isinstance(e, object), e == e, e != Empty(), bool(e))
print(Empty.__bases__, Empty.__base__, object.__bases__)

# --- case: __class__ assignment
class Cat:
    def speak(self): return "meow"
class Dog:
    def speak(self): return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__)

# --- case: dynamic class creation with type()
Dyn = type("Dyn", (Point,), {"extra": 1, "norm2": lambda self: -1})
d = Dyn(1, 2)
print(Dyn.__name__, d.extra, d.norm2(), Dyn.__bases__[0].__name__, d.x)

# --- case: default repr format
class R: pass
r = repr(R())
print(r.startswith("<__main__.R object at 0x"), r.endswith(">"))
print(repr(R), str(R), repr(int), repr(object))

# --- case: attribute errors
try:
    p.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
