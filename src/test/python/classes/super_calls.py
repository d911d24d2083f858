# super(): zero-argument and two-argument forms.

# --- case: zero-arg super in methods
class A:
    def hello(self): return "A.hello"
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
    @staticmethod
    def st(): return "A.st"
class B(A):
    def hello(self): return "B>" + super().hello()
    @classmethod
    def make(cls): return "B>" + super().make()
    @staticmethod
    def st(): return "B>" + super(B, B).st()
print(B().hello(), B.make(), B().make(), B.st())

# --- case: two-arg super skipping a class
class C(B):
    def hello(self): return "C>" + super(B, self).hello()
print(C().hello())

# --- case: super object attributes
class D(A):
    def info(self):
        s = super()
        return type(s).__name__, s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__
print(D().info())

# --- case: super with unbound form
s = super(B, B())
print(s.hello())

# --- case: super in __init__ with keyword arguments (cooperative)
class Shape:
    def __init__(self, **kw):
        self.extra = kw
class Colored(Shape):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(Shape):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Widget(Colored, Sized): pass
w = Widget(color="blue", size=3, name="w")
print(w.color, w.size, w.extra)

# --- case: super attribute errors
class E(A):
    def missing(self):
        return super().nothing
try:
    E().missing()
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: super outside class errors
def loose():
    return super()
try:
    loose()
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: super with wrong type
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: super in property and __getattr__-like overrides
class Base:
    @property
    def name(self): return "base"
class Derived(Base):
    @property
    def name(self): return "derived+" + super().name
print(Derived().name)

# --- case: super().__init_subclass__ and super in nested function via __class__
class Outer:
    def method(self):
        def inner():
            return __class__.__name__
        return inner()
print(Outer().method())

# --- case: super with data descriptors and setattr
class Store:
    def __setattr__(self, k, v):
        super().__setattr__(k, str(v) + "!")
st = Store()
st.x = 1
print(st.x)

# --- case: super call of dunder directly
class MyList(list):
    def __getitem__(self, i):
        return ("wrapped", super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
ml = MyList([1, 2])
print(ml[0], len(ml), list(ml))
