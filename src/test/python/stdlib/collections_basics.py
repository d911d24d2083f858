"""collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, User*."""
import collections
from collections import (deque, defaultdict, OrderedDict, Counter, namedtuple,
                         ChainMap, UserDict, UserList, UserString)
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence,
                             Iterable, Iterator, Hashable, Sized, Set, MutableSet,
                             Callable, Generator, KeysView)


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: __all__
print(sorted(collections.__all__))

# --- case: deque basics
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([9, 8])
print(d, list(reversed(d)))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d[1] = "X"; del d[0]; print(d, d.count("a"), d.index("a"), "X" in d)
d.insert(1, "ins"); d.remove("ins"); print(d)
d.reverse(); print(d)
d.clear(); print(d, bool(d))

# --- case: deque maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(5); print(m)
m.appendleft(-1); print(m)
m.extend([7, 8]); print(m)
print(m * 2, m + deque([1]), deque([1, 2]) * 2)
z = deque(maxlen=0); z.append(1); print(z)
big = deque(range(100)); big.rotate(37); print(big[0], big[-1], big[50])
for _ in range(10):
    big.append(big.popleft())
print(big[0], len(big))
q = deque()
for i in range(50):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(list(q)[:5], len(q), q[10])

# --- case: deque errors
attempt("index missing", lambda: deque([1, 2]).index(5))
attempt("remove missing", lambda: deque(["a"]).remove("b"))
attempt("getitem range", lambda: deque([1])[5])
attempt("getitem slice", lambda: deque([1])[0:1])
attempt("concat list", lambda: deque([1]) + [1])
attempt("negative maxlen", lambda: deque(maxlen=-1))
attempt("float maxlen", lambda: deque(maxlen=1.5))
attempt("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())
def mutate():
    dq = deque([1, 2, 3])
    for x in dq:
        dq.append(x)
attempt("mutate", mutate)

# --- case: deque compare and misc
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque("abc").copy(), deque([1, 2], 5).copy().maxlen)
print(repr(deque()), deque([[1]]), isinstance(deque(), MutableSequence))
r = deque(); r.append(r); print(r)
print(deque([1, 2, 3]).index(3, -1), deque([0, True])[True])
class MyDeque(deque):
    pass
print(MyDeque([1]), type(MyDeque([1]).copy()).__name__)
dd = deque([1, 2, 3]); dd += [4]; dd *= 2; print(dd)

# --- case: defaultdict
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; dd["a"].append(2)
print(dd, dd["a"], dict(dd), len(dd))
print(repr(defaultdict()), defaultdict(int, a=1))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict))
attempt("not callable", lambda: defaultdict(1))
attempt("missing no factory", lambda: defaultdict()["x"])
cp = counts.copy(); print(type(cp).__name__, cp.default_factory, cp == counts)
print(defaultdict(int, {"a": 1}) | {"b": 2})
print(counts.get("zz"), "zz" in counts)
print(defaultdict(lambda: 5)["k"])

# --- case: OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.keys()))
od.move_to_end("b"); print(list(od))
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), o1 != o2, dict(o1) == o2)
print(repr(OrderedDict()), OrderedDict.fromkeys("xy", 0))
attempt("move missing", lambda: OrderedDict().move_to_end("q"))
attempt("popitem empty", lambda: OrderedDict().popitem())
print(o1 | {"z": 0}, type(o1.copy()).__name__, list(reversed(o1)))
print(o1.pop("a"), o1.pop("zz", "default"), o1.setdefault("n", 7), o1)

# --- case: Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common(), c["zzz"], c.total())
print(sorted(c.elements()))
c.update("aaz"); c.update({"b": 3}); print(c)
c.subtract("aaaa"); print(c)
a = Counter(a=3, b=1, c=-2); b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=1))
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
x = Counter(a=2, b=2); x -= Counter(a=1); print(x)
print(repr(Counter()), Counter(["x", "y", "x"]), Counter({"q": 2}))
del c["nope"]; del c["a"]; print("a" in c)
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
print(Counter("hello").most_common(0), Counter(cat=3, dog=3, ant=1).most_common(2))

# --- case: namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p + (3,), len(p), tuple(p), p == (1, 2))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([3, 4]))
print(Point.__doc__, Point.x.__doc__, Point.__name__, Point.__module__)
print(isinstance(p, tuple), hash(p) == hash((1, 2)), Point.__match_args__)
x, y = p; print(x, y)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3._field_defaults, P3(a=1, c=9))
R = namedtuple("R", "abc def _x abc", rename=True); print(R._fields)
M = namedtuple("M", "a, b", module="mymod"); print(M.__module__)
attempt("missing arg", lambda: Point(1))
attempt("missing args", lambda: P3())
attempt("too many", lambda: Point(1, 2, 3))
attempt("too many defaults", lambda: P3(1, 2, 3, 4))
attempt("bad kw", lambda: Point(1, z=2))
attempt("dup kw", lambda: Point(1, x=2))
attempt("make wrong", lambda: Point._make([1]))
attempt("replace bad", lambda: p._replace(z=1))
attempt("keyword field", lambda: namedtuple("T", "a class"))
attempt("underscore field", lambda: namedtuple("T", "a _b"))
attempt("dup field", lambda: namedtuple("T", "a a"))
attempt("bad name", lambda: namedtuple("1T", "a"))
attempt("bad defaults", lambda: namedtuple("T", "a", defaults=[1, 2]))
attempt("setattr", lambda: setattr(p, "x", 5))
One = namedtuple("One", "v"); print(One(1), One.__doc__)
class Sub(namedtuple("Base", "a b")):
    def total(self):
        return self.a + self.b
print(Sub(1, 2), Sub(1, 2).total())
match Point(3, 4):
    case Point(x=3, y=yy):
        print("matched", yy)

# --- case: ChainMap
base = {"a": 1, "b": 2}; over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), list(cm), "c" in cm, cm.get("q", 0))
cm["d"] = 4; del cm["b"]; print(over, base)
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"], len(child.maps))
attempt("del missing", lambda: cm.__delitem__("a"))
attempt("getitem missing", lambda: cm["zz"])
print(ChainMap(), dict(ChainMap({"x": 1}, {"y": 2})), isinstance(cm, MutableMapping))
print(cm.pop("c"), cm, ChainMap({1: 2}) | {3: 4})

# --- case: UserDict UserList UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1}, B=2); ld["C"] = 3
print(ld, len(ld), ld["a"], "b" in ld, list(ld.items()), ld.get("zz", "-"), ld.data)
print(ld == {"a": 1, "b": 2, "c": 3}, isinstance(ld, MutableMapping), ld.pop("a"), ld)
ul = UserList([3, 1, 2]); ul.append(0); ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul), ul.index(2))
ul.extend(UserList([5])); ul.reverse(); print(ul, ul == [5, 3, 2, 1, 0], ul.pop(), ul.count(3))
us = UserString("Hello")
print(us, repr(us), us.upper(), us[1:3], us + "!", "!" + us, us * 2, len(us), "ell" in us)
print(us.split("l"), us.find("l"), us.replace("l", "L"), us.center(9, "*"), us == "Hello", us < "Z")

# --- case: collections.abc
for obj in ([], (), "", {}, set(), frozenset(), range(3), iter([]), 5, deque(), Counter(), OrderedDict()):
    print(type(obj).__name__, [abc.__name__ for abc in (Iterable, Iterator, Sized, Hashable,
          Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet) if isinstance(obj, abc)])
print(isinstance(len, Callable), isinstance((x for x in []), Generator), isinstance({}.keys(), KeysView))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))
