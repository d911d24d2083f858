# dict: ordering, views, operators, methods.

# --- case: construction forms
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("ab", [1, 2])), {1: "a", **{2: "b"}})
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {k: k * 2 for k in range(3)})

# --- case: insertion order preserved, update keeps position
d = {"c": 1, "a": 2, "b": 3}
d["a"] = 20
d["d"] = 4
print(d, list(d), list(d.values()), list(d.items()))
del d["c"]
d["c"] = 5
print(d)

# --- case: get, setdefault, pop, popitem
d = {"a": 1}
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.setdefault("a", 9), d.setdefault("b", 2), d.setdefault("n"), d)
print(d.pop("a"), d.pop("missing", "dflt"), d)
d = {"x": 1, "y": 2, "z": 3}
print(d.popitem(), d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)

# --- case: update forms
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4, a=10)
print(d)

# --- case: | and |= operators
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("z", 0)]
print(x)
try:
    x | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)

# --- case: views are live and support set operations
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), k == {"a", "b", "c", "d"})
print(sorted(it & {("a", 1), ("b", 99)}), ("a", 1) in it, "a" in k, 1 in v, k.isdisjoint({"x"}))
print(type(k).__name__, type(v).__name__, type(it).__name__, list(reversed(k)), list(reversed(it))[0])
print(v == v, d.values() == d.values(), k.mapping["a"] if hasattr(k, "mapping") else None)

# --- case: key equality across numeric types
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, {0: "a", 0.0: "b", -0.0: "c", False: "d"})

# --- case: copy is shallow; clear
orig = {"l": [1]}
cp = orig.copy()
cp["l"].append(2)
cp["new"] = 1
print(orig, cp)
cp.clear()
print(cp, len(cp))

# --- case: iteration and mutation during iteration
d = {i: i for i in range(3)}
for key in list(d):
    if key % 2:
        del d[key]
print(d)
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
try:
    for key in d:
        del d[key]
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))

# --- case: unhashable keys and KeyError repr
try:
    {}[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e, repr(e))

# --- case: dict comparisons other than equality are errors
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)

# --- case: nested dict and sorted output
nested = {"b": {"y": 2, "x": 1}, "a": [3, {"z": None}]}
print(nested, sorted(nested.items()))

# --- case: reversed dicts and views
d = {"a": 1, "b": 2}
print(type(reversed(d)).__name__, type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())), reversed(d).__length_hint__())
