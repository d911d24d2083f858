# __repr__, __str__, __format__ and friends.

# --- case: repr and str both defined
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "a Both"
b = Both()
print(b, repr(b), str(b), f"{b}", f"{b!r}", [b], (b,), {"k": b})

# --- case: only repr defined: str falls back to repr
class OnlyRepr:
    def __repr__(self): return "OnlyRepr<1>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")

# --- case: only str defined: repr is default, containers use repr
class OnlyStr:
    def __str__(self): return "only-str"
o = OnlyStr()
print(o, repr(o).startswith("<__main__.OnlyStr object at"), str([o]).startswith("[<__main__.OnlyStr"))

# --- case: __repr__ must return str
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __format__ with spec
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if not spec:
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
m = Money(1234)
print(format(m), format(m, "c"), f"{m:>10.1f}", "{0} {0:c}".format(m), "{:c}".format(m))

# --- case: default __format__ uses str and rejects non-empty spec
print(format(b), format(b, ""), f"{b:}")
try:
    format(b, "10")
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __format__ must return str
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: str subclass with repr and format
class Tag(str):
    def __repr__(self): return f"Tag({str(self)!r})"
t = Tag("x")
print(t, repr(t), [t], t + "y", type(t + "y").__name__, f"{t:>3}")

# --- case: recursive repr through a user container
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.children.append(Node(2))
print(root)

# --- case: repr of classes, functions and methods use names
class K:
    def m(self): pass
print(repr(K), repr(K.m).startswith("<function K.m at"), repr(K().m).startswith("<bound method K.m of"))

# --- case: __str__ inherited from a base class
class Base:
    def __str__(self): return f"I am {type(self).__name__}"
class Derived(Base): pass
print(Derived(), str(Derived()))

# --- case: print uses str, % formatting uses str/repr
print("%s %r" % (b, b), "%s" % OnlyRepr())

# --- case: __repr__ raising propagates
class Raising:
    def __repr__(self): raise ValueError("no repr for you")
try:
    print([Raising()])
except ValueError as e:
    print(type(e).__name__, e)

# --- case: ascii of object with non-ascii repr
class Uni:
    def __repr__(self): return "Ünï"
print(ascii(Uni()), repr(Uni()))
