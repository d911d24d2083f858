# Function object attributes.

def documented(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """First line.

    More text."""
    return []

# --- case: name, qualname, module, doc
print(documented.__name__, documented.__qualname__, documented.__module__)
print(repr(documented.__doc__))
def nodoc(): pass
print(nodoc.__doc__)
def notdoc():
    x = 1
    "not a docstring"
print(notdoc.__doc__)

# --- case: annotations
print(documented.__annotations__)
def noann(x): pass
print(noann.__annotations__)

# --- case: defaults and kwdefaults
print(documented.__defaults__, documented.__kwdefaults__)

# --- case: qualnames of nested functions and methods
def outer():
    def inner():
        def innermost(): pass
        return innermost
    return inner
print(outer().__qualname__, outer()().__qualname__)
class A:
    def method(self): pass
    class B:
        def deep(self): pass
    @staticmethod
    def st(): pass
print(A.method.__qualname__, A.B.deep.__qualname__, A.st.__qualname__, A.B.__qualname__)

# --- case: arbitrary function attributes and __dict__
def f(): pass
f.custom = 42
f.tags = ["a"]
print(f.custom, sorted(f.__dict__), getattr(f, "missing", "default"))
f.__dict__["other"] = 1
print(f.other)
try:
    nodoc.nope
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: renaming a function
def original(): pass
original.__name__ = "renamed"
original.__qualname__ = "Some.renamed"
print(original.__name__, original.__qualname__)
try:
    original.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __code__ attributes
co = documented.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_qualname)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(nodoc.__code__.co_flags & 0x04))

# --- case: __globals__ and __builtins__
print(f.__globals__ is globals(), documented.__globals__["__name__"])

# --- case: bound methods
a = A()
m = a.method
print(m.__self__ is a, m.__func__ is A.method, m.__name__, m.__qualname__, type(m).__name__)
print(a.method == a.method, a.method is a.method)

# --- case: builtin function attributes
print(len.__name__, len.__qualname__, type(len).__name__, [].append.__name__, type([].append).__name__)
print(len.__doc__.splitlines()[0])

# --- case: function types
print(type(f).__name__, type(lambda: 0).__name__, type(A.st).__name__, type(A.__dict__["st"]).__name__)

# --- case: docstring on class and module
class D:
    """Class doc."""
print(D.__doc__, __doc__)
