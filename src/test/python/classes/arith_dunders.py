# Every arithmetic dunder with reflected and in-place forms.

BINARY = [
    ("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"),
    ("//", "floordiv"), ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"),
    ("&", "and"), ("|", "or"), ("^", "xor"),
]

def make_method(kind):
    def method(self, other):
        return f"{self.name}.__{kind}__({other!r})"
    return method

ns = {"__init__": lambda self, name: setattr(self, "name", name),
      "__repr__": lambda self: self.name}
for op, name in BINARY:
    ns[f"__{name}__"] = make_method(name)
    ns[f"__r{name}__"] = make_method("r" + name)
    ns[f"__i{name}__"] = make_method("i" + name)
Full = type("Full", (), ns)

ns2 = dict(ns)
for op, name in BINARY:
    del ns2[f"__i{name}__"]
NoInplace = type("NoInplace", (), ns2)

# --- case: forward binary operators
f = Full("f")
for op, name in BINARY:
    print(op, eval(f"f {op} 1"))

# --- case: reflected binary operators with a builtin on the left
for op, name in BINARY:
    print(op, eval(f"1 {op} f"))

# --- case: in-place operators
for op, name in BINARY:
    v = Full("f")
    exec(f"v {op}= 2")
    print(op + "=", v)

# --- case: in-place falls back to binary when missing
for op, name in BINARY:
    v = NoInplace("n")
    exec(f"v {op}= 2")
    print(op + "=", v)

# --- case: unary operators and abs, invert, divmod, pow with modulo
class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
u = Unary()
print(-u, +u, abs(u), ~u, divmod(u, 3), divmod(3, u), pow(u, 2, 5), u ** 2, 2 ** u, pow(2, u))

# --- case: NotImplemented fallback chain
class Meters:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self): return f"{self.v}m"
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Meters(1)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: reflected method of subclass has priority
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Sub(Base):
    def __radd__(self, o): return "Sub.__radd__"
print(Base() + Sub(), Sub() + Base(), Base() + Base())

# --- case: subclass without overriding reflected method does not get priority
class Sub2(Base): pass
print(Base() + Sub2())

# --- case: both return NotImplemented gives TypeError with operator symbol
class Nope:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
try:
    Nope() + Nope()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = Nope()
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
for expr in ["Nope() @ 1", "1 - Nope()", "Nope() ** 2", "-Nope()", "~Nope()", "abs(Nope())", "Nope() < 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

# --- case: __iadd__ returning NotImplemented falls back to __add__
class IAddNI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "used __add__"
x = IAddNI()
x += 1
print(x)

# --- case: __bool__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__
import math
class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
