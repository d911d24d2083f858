# __call__, context managers (__enter__/__exit__), __index__, __missing__.

# --- case: __call__ makes instances callable
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1): return (x + self.n) * times
add = Adder(3)
print(add(4), add(4, times=2), callable(add), callable(Adder), callable(3))

# --- case: __call__ looked up on type, not instance
class Plain: pass
p = Plain()
p.__call__ = lambda: "instance"
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)

# --- case: context manager enter/exit order and return value of __enter__
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)

# --- case: exception in body passed to __exit__ and propagated
try:
    with CM("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

# --- case: __exit__ returning true suppresses
with CM("c", suppress=True):
    raise KeyError("suppressed")
print("after suppressed")

# --- case: multiple context managers exit in reverse order
with CM("x") as x, CM("y") as y:
    print("both", x, y)
with (
    CM("p"),
    CM("q") as q,
):
    print("parenthesized", q)

# --- case: inner suppression prevents outer from seeing exception
with CM("outer"):
    with CM("inner", suppress=True):
        1 / 0
    print("continuing")

# --- case: return and break inside with run __exit__
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            break

# --- case: __enter__ raising skips __exit__
class BadEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never")
try:
    with BadEnter():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: non context manager error messages
try:
    with Plain():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __exit__ raising replaces exception, with context
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# --- case: __index__ used for indexing, slicing, bin/hex, range, operator.index
import operator
class Three:
    def __index__(self): return 3
t = Three()
print([0, 1, 2, 3, 4][t], "abcdef"[t:], bin(t), hex(t), oct(t), list(range(t)), operator.index(t), "ab" * t)
class BadIndex:
    def __index__(self): return "x"
try:
    [1][BadIndex()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "x"
    [1][key]
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __missing__ on dict subclasses
class Default(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = Default(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
class AutoVivify(dict):
    def __missing__(self, key):
        v = self[key] = AutoVivify()
        return v
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
print(tree)
class Raises(dict):
    def __missing__(self, key):
        raise KeyError(f"custom {key}")
try:
    Raises()["k"]
except KeyError as e:
    print(type(e).__name__, e)
