# weakref: references, callbacks, proxies and weak containers as CPython 3.13
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name

    def __repr__(self):
        return f"Obj({self.name!r})"


def collect():
    gc.collect()


# ref basics
a = Obj("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, type(r) is weakref.ref, weakref.ref is weakref.ReferenceType)
print(type(r).__name__, type(r).__module__, r.__callback__)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])
events = []


def callback(wr):
    events.append(("callback", wr is r2, wr() is None))


r2 = weakref.ref(a, callback)
print(r2 is not r, r2.__callback__ is callback, weakref.getweakrefcount(a))
print(r == r2, r != r2, hash(r) == hash(a), hash(r2) == hash(a))
del a
collect()
print(events, r(), r2(), r2.__callback__, r == r2, r != r2)
print(hash(r) is not None)  # the hash was cached while alive
try:
    hash(weakref.ref(Obj("temp"), None) if False else r2)
except TypeError as e:
    print(e)

b = Obj("b")
dead = weakref.ref(b)
del b
collect()
try:
    hash(dead)
except TypeError as e:
    print("TypeError", e)

# objects that cannot be weakly referenced
for value in [1, 2.5, "s", b"b", (), [], {}, None, True, 1j, range(3), object()]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


for value in [Slotted(), SlottedWeak(), MyList(), MyDict(), MyInt(3), Obj, len, collect, set(), frozenset(), gc]:
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print(e)

# argument errors
for args in [(), (Obj("x"), None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(e)

# ref subclasses
class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label

    def __new__(cls, ob, callback=None, label=""):
        return super().__new__(cls, ob, callback)


c = Obj("c")
nr = NamedRef(c, None, label="tag")
basic = weakref.ref(c)
print(nr() is c, nr.label, isinstance(nr, weakref.ref), nr is not basic, weakref.getweakrefcount(c))

# equality with live referents compares the referents
x1, x2 = Obj("same"), Obj("same")
print(weakref.ref(x1) == weakref.ref(x2), weakref.ref(x1) == weakref.ref(x1))
print(len({weakref.ref(x1), weakref.ref(x1)}))

# callbacks run once, most recent first
order = []
d = Obj("d")
keep = [weakref.ref(d, lambda wr: order.append("first")), weakref.ref(d, lambda wr: order.append("second"))]
del d
collect()
collect()
print(order)

# a callback that raises does not stop the program
def failing(wr):
    raise ValueError("in callback")


e = Obj("e")
fr = weakref.ref(e, failing)
del e
collect()
print("still running", fr())

# a dropped reference runs no callback
f = Obj("f")
weakref.ref(f, lambda wr: print("never"))
del f
collect()

# proxies
p_target = Obj("p")
p = weakref.proxy(p_target)
print(p.name, p.method(), repr(p_target) == str(p), type(p).__name__, weakref.proxy(p_target) is p)
p.name = "renamed"
print(p_target.name, isinstance(p, Obj), p.__class__.__name__)
print(weakref.getweakrefcount(p_target))
try:
    hash(p)
except TypeError as e:
    print(e)
cp = weakref.proxy(collect)
print(type(cp).__name__, type(cp) in weakref.ProxyTypes)
lst_owner = MyList([3, 1, 2])
lp = weakref.proxy(lst_owner)
print(len(lp), lp[0], 2 in lp, sorted(lp), lp + [9], list(iter(lp)))
lp[0] = 10
lp.append(4)
print(lst_owner)
num_holder = MyList()
nums = weakref.proxy(num_holder)
print(bool(nums), nums == [], nums != [1])
proxy_events = []
q_target = Obj("q")
qp = weakref.proxy(q_target, lambda pr: proxy_events.append(type(pr).__name__))
del q_target, p_target
collect()
print(proxy_events)
try:
    p.name
except ReferenceError as e:
    print("ReferenceError", e)
try:
    qp.name
except ReferenceError as e:
    print("ReferenceError", e)

# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
v1, v2 = Obj("v1"), Obj("v2")
wvd["one"] = v1
wvd["two"] = v2
print(len(wvd), sorted(wvd.keys()), wvd["one"], "two" in wvd, wvd.get("three", "missing"))
del v2
collect()
print(len(wvd), sorted(wvd), "two" in wvd, wvd.get("two"), len(wvd.data))
try:
    wvd["two"]
except KeyError as e:
    print("KeyError", e)
print(sorted(wvd.items(), key=lambda kv: kv[0]), list(wvd.values()))
print(wvd.setdefault("one", None), wvd.pop("one"), len(wvd), wvd.pop("gone", "dflt"))
v3 = Obj("v3")
wvd.update({"three": v3})
print(dict(wvd.items()), [r() for r in wvd.valuerefs()])
print(isinstance(wvd, weakref.WeakValueDictionary), type(wvd).__mro__[1].__name__)

# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
wkd[k1] = 1
wkd[k2] = 2
print(len(wkd), wkd[k1], k2 in wkd, 5 in wkd, wkd.get(k2))
del k2
collect()
print(len(wkd), list(wkd.items()), list(wkd.keys()), list(wkd.values()), len(wkd.data))
print(wkd.setdefault(k1, 9), wkd.pop(k1), len(wkd))

# WeakSet
ws = weakref.WeakSet()
s1, s2, s3 = Obj("s1"), Obj("s2"), Obj("s3")
ws.add(s1)
ws.add(s2)
ws.update([s3])
print(len(ws), s1 in ws, 1 in ws, sorted(o.name for o in ws))
del s2
collect()
print(len(ws), sorted(o.name for o in ws), len(ws.data))
ws.discard(s3)
print(len(ws), list(ws))
other = weakref.WeakSet([s1, s3])
print(len(ws | other), len(ws & other), len(other - ws), ws <= other, ws == weakref.WeakSet([s1]))
print(type(ws).__module__, repr(weakref.WeakSet()))

# WeakMethod
holder = Obj("h")
wm = weakref.WeakMethod(holder.method)
print(wm()(), wm() == holder.method, wm == weakref.WeakMethod(holder.method))
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
died = []
wm2 = weakref.WeakMethod(holder.method, lambda w: died.append(w is wm2))
del holder
collect()
print(wm(), wm2(), died)

# finalize
def report(*args, **kwargs):
    print("finalizer ran", args, kwargs)
    return "done"


t1 = Obj("t1")
fin = weakref.finalize(t1, report, 1, 2, key="v")
print(fin.alive, fin.atexit, fin.peek()[0] is t1, fin.peek()[1] is report, fin.peek()[2:])
del t1
collect()
print(fin.alive, fin(), fin.peek(), fin.detach())
t2 = Obj("t2")
fin2 = weakref.finalize(t2, report, "called")
print(fin2(), fin2.alive, fin2())
t3 = Obj("t3")
fin3 = weakref.finalize(t3, report, "detached")
obj, func, args, kwargs = fin3.detach()
print(obj is t3, func is report, args, kwargs, fin3.alive)
del t3, obj
collect()
print("end")
