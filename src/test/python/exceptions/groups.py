# ExceptionGroup: construction, split, subgroup, derive, nesting.

def fmt(eg):
    if eg is None:
        return None
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(fmt(e) for e in eg.exceptions)}])"
    return repr(eg)

eg = ExceptionGroup("root", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [ValueError("v2"), KeyError("k")]),
])

# --- case: attributes and str
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__, str(eg))
print(repr(ExceptionGroup("m", [ValueError(1)])))
print(fmt(eg))

# --- case: split by type
match, rest = eg.split(ValueError)
print("match:", fmt(match))
print("rest:", fmt(rest))

# --- case: split by tuple and by predicate
match, rest = eg.split((KeyError, TypeError))
print("match:", fmt(match), "rest:", fmt(rest))
match, rest = eg.split(lambda e: isinstance(e, ValueError) and "2" in str(e))
print("match:", fmt(match), "rest:", fmt(rest))

# --- case: split with no match and full match
print(eg.split(OSError)[0], fmt(eg.split(OSError)[1]) == fmt(eg))
m, r = eg.split(Exception)
print(m is eg, r)

# --- case: subgroup
print(fmt(eg.subgroup(KeyError)), eg.subgroup(OSError))
print(fmt(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")))

# --- case: derive keeps message, creates new group
d = eg.derive([IndexError("i")])
print(fmt(d), d is eg)

# --- case: split preserves __notes__, __cause__ and __context__ on derived groups
src = ExceptionGroup("noted", [ValueError("a"), TypeError("b")])
src.add_note("a note")
src.__cause__ = OSError("cause")
m, r = src.split(ValueError)
print(m.__notes__, repr(m.__cause__), r.__notes__)

# --- case: construction errors
for args in [("msg", []), ("msg", ValueError()), (1, [ValueError()]), ("msg", [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("msg", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

# --- case: BaseExceptionGroup picks ExceptionGroup automatically
g1 = BaseExceptionGroup("auto", [ValueError()])
g2 = BaseExceptionGroup("auto", [KeyboardInterrupt()])
print(type(g1).__name__, type(g2).__name__, isinstance(g1, Exception), isinstance(g2, Exception))

# --- case: exceptions tuple is immutable and groups are iterable only via .exceptions
print(isinstance(eg.exceptions, tuple))
try:
    iter(eg)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: subclassing ExceptionGroup with derive override
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "*", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

# --- case: flattening leaf exceptions
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            yield from leaves(sub)
    else:
        yield e
print([repr(x) for x in leaves(eg)])
