# Assignment statements and unpacking in every shape.

# --- case: simple and chained assignment
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)

# --- case: tuple unpacking with and without parentheses
p, q = 1, 2
(r, s) = [3, 4]
[t, u] = "ab"
print(p, q, r, s, t, u)

# --- case: swap
p, q = q, p
print(p, q)

# --- case: starred targets in each position
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = (1, 2, 3, 4, 5, 6)
print(head, mid, tail)
head, *mid, tail = [1, 2]
print(head, mid, tail)
*everything, = {"k": 1, "j": 2}
print(everything)

# --- case: nested unpacking
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)), e = 1, [2, (3, 4)], 5
print(a, b, c, d, e)
[a, *b], (c, *d) = "xyz", (1,)
print(a, b, c, d)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)

# --- case: unpacking into attributes and subscripts
class Box:
    pass
bx = Box()
lst = [0, 0, 0]
bx.a, lst[1], lst[-1] = "attr", "mid", "end"
print(bx.a, lst)
d = {}
d["x"], d["y"] = d["z"] = 1, 2
print(d)

# --- case: assignment order: targets left to right after evaluating rhs
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)

# --- case: unpacking errors
for src in ["ab", "abcd", ""]:
    try:
        m, n, o = src
    except ValueError as e:
        print(type(e).__name__, e)
try:
    m, n = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    m, *n, o = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m, n = iter([1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)

# --- case: starred expressions in displays
nums = [1, 2]
print([*nums, *"ab", 3], (*nums,), {*nums, 5}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*nums, *range(3))

# --- case: annotated assignments
count: int = 5
name: str
print(count, "name" in dir())
ann_target = Box()
ann_target.v: int = 9
print(ann_target.v, __annotations__)

# --- case: unpacking generators and dict keys
g = (v * v for v in range(3))
s1, s2, s3 = g
print(s1, s2, s3)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
