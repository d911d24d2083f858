"""copy: copy, deepcopy, memo, __copy__/__deepcopy__, __reduce_ex__, replace, Error."""
import copy


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: shallow copies of builtins
lst = [1, [2, 3], {"k": [4]}]
c = copy.copy(lst)
print(c == lst, c is lst, c[1] is lst[1], c[2] is lst[2])
d = {"a": [1], "b": 2}
cd = copy.copy(d)
print(cd == d, cd is d, cd["a"] is d["a"])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s)
t = (1, [2])
print(copy.copy(t) is t, copy.copy("str") == "str", copy.copy(42), copy.copy(None), copy.copy(len) is len)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba, copy.copy(frozenset({1})) == frozenset({1}))

# --- case: deep copies of builtins
dc = copy.deepcopy(lst)
print(dc == lst, dc[1] is lst[1], dc[2]["k"] is lst[2]["k"])
nested = {"x": (1, [2, {"y": {3}}]), "z": ((1, 2), "s")}
dn = copy.deepcopy(nested)
print(dn == nested, dn["x"] is nested["x"], dn["x"][1] is nested["x"][1], dn["z"] is nested["z"])
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1, 2]
rec.append(rec)
drec = copy.deepcopy(rec)
print(drec[2] is drec, drec[2] is rec, len(drec))
rd = {}
rd["self"] = rd
print(copy.deepcopy(rd)["self"] is not rd)

# --- case: memo
memo = {}
inner = [7]
outer = [inner, inner]
res = copy.deepcopy(outer, memo)
print(memo[id(inner)] is res[0], memo[id(outer)] is res)
pre = {id(inner): "replaced"}
print(copy.deepcopy(outer, pre))


# --- case: instances
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(1, [2])
sp = copy.copy(p)
dp = copy.deepcopy(p)
print(sp, dp, sp is p, sp.y is p.y, dp.y is p.y, type(dp) is Point)


class Slots:
    __slots__ = ("a", "b")


class Custom:
    def __init__(self, v):
        self.v = v
        self.log = []
    def __copy__(self):
        new = Custom(self.v)
        new.log = ["copied"]
        return new
    def __deepcopy__(self, memo):
        new = Custom(copy.deepcopy(self.v, memo))
        new.log = ["deep", len(memo) > 0]
        return new


cu = Custom([1])
print(copy.copy(cu).log, copy.deepcopy(cu).log, copy.deepcopy(cu).v is cu.v)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b
    def __reduce_ex__(self, proto):
        return (Reduced, (self.a,), {"b": self.b, "extra": True})


r = copy.deepcopy(Reduced([1], 5))
print(r.a, r.b, r.extra)


class Stateful:
    def __init__(self):
        self.data = [1]
    def __getstate__(self):
        return {"data": self.data, "from_getstate": True}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


st = copy.copy(Stateful())
print(st.data, st.from_getstate, st.restored)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.attr = "x"
cml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.attr, cml[1] is ml[1])
md = MyDict(a=[1])
cmd = copy.copy(md)
print(type(cmd).__name__, cmd, cmd["a"] is md["a"])

# --- case: atomic and special objects
print(copy.deepcopy(Point) is Point, copy.deepcopy(len) is len, copy.deepcopy(attempt) is attempt)
print(copy.deepcopy(range(3)), copy.deepcopy(3.5), copy.deepcopy("s"), copy.deepcopy(b"b"), copy.deepcopy(None))


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("nope")


attempt("refuses", lambda: copy.copy(NoCopy()))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)

# --- case: replace
import collections
NT = collections.namedtuple("NT", "a b")
print(copy.replace(NT(1, 2), b=5))
attempt("replace unsupported", lambda: copy.replace([1], x=1))
