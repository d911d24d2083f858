# match statement: mapping, class, or, as patterns and guards.

# --- case: mapping patterns with **rest
def mp(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "empty", **rest} if not rest:
            return "empty"
        case {"type": t, **rest}:
            return f"{t} rest={sorted(rest.items())}"
        case {}:
            return "some mapping"
    return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "empty"},
          {"type": "empty", "extra": 1}, {"other": 1}, [("type", 1)]]:
    print(mp(v))

# --- case: mapping patterns with literal and value keys use get semantics
class Keys:
    K = "dynamic"
from collections import defaultdict
dd = defaultdict(int, {1: "one"})
match dd:
    case {2: _}:
        print("defaultdict missing key matched?!")
    case {1: v}:
        print("defaultdict", v, dict(dd))
match {"dynamic": 5, None: 6, 1.5: 7}:
    case {Keys.K: a, None: b, 1.5: c}:
        print(a, b, c)

# --- case: class patterns with keywords
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (1, 2)]:
    print(where(p))

# --- case: builtin class patterns match the whole subject positionally
for v in [5, 5.0, "s", [1], {"k": 1}, True, None, b"b"]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f) | str(f):
            print("float or str", f)
        case list([x]):
            print("list of one", x)
        case dict({"k": val}):
            print("dict with k", val)
        case bytes() as raw:
            print("bytes", raw)
        case _:
            print("other", v)

# --- case: class pattern errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: missing attribute in keyword pattern is a non-match
match Point(1, 2):
    case Point(z=1):
        print("no")
    case Point(y=2):
        print("keyword y matched")

# --- case: or patterns with bindings and as patterns
def orp(v):
    match v:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case [Point(x=a) as p, *_] if a > 0:
            return f"first point x={a} y={p.y}"
    return "none"
for v in [2, [5, 0], [0, 7], "t", b"b", [Point(1, 9)], [Point(-1, 9)], 4]:
    print(orp(v))

# --- case: guards see bindings and failed guard falls through
def guard(v):
    match v:
        case [x, y] if x > y:
            return "descending"
        case [x, y] if x < y:
            return "ascending"
        case [x, y]:
            return f"equal {x}"
    return "?"
print(guard([2, 1]), guard([1, 2]), guard([3, 3]))

# --- case: guard evaluation order and side effects
log = []
def g(tag, result):
    log.append(tag)
    return result
match 5:
    case int() if g("a", False):
        pass
    case 5 if g("b", True):
        log.append("matched")
print(log)

# --- case: bindings from a failed case may persist but later case rebinds
match [1, 2]:
    case [a, 3]:
        pass
    case [b, c]:
        print("b c", b, c)

# --- case: match on self-defined __eq__ for value patterns
class AlwaysEq:
    def __eq__(self, o): return True
class Const:
    V = AlwaysEq()
match "anything":
    case Const.V:
        print("value pattern uses ==")

# --- case: nested class pattern with positional __match_args__
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, s, e): self.start, self.end = s, e
match Line(Point(0, 0), Point(3, 4)):
    case Line(Point(x1, y1), Point(x2, y2)):
        print("line", x1, y1, x2, y2)
