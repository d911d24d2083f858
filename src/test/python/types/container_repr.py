# repr of nested and recursive containers.

# --- case: nested containers
print([1, [2, [3, []]], (4, (5,)), {"k": {"n": [None, True]}}])
print(((),), [()], {(): []}, [{}], {1: {2: {3: {}}}}, [[[[[]]]]])

# --- case: recursive list
a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))

# --- case: recursive dict
d = {"self": None}
d["self"] = d
print(d)

# --- case: mutual recursion
x = []
y = [x]
x.append(y)
print(x, y)

# --- case: recursion inside tuple
l = []
t = (l,)
l.append(t)
print(t, l)

# --- case: dict containing list containing the dict
d = {}
d["l"] = [d, 1]
print(d)

# --- case: recursion through dict values view and keys
d = {"a": 1}
d["v"] = d.values()
print(d)

# --- case: user object in recursive container
class Node:
    def __init__(self): self.items = []
    def __repr__(self): return f"Node({self.items!r})"
n = Node()
n.items.append(n)
try:
    print(n)
except RecursionError as e:
    print(type(e).__name__)
lst = [n.items]
print(repr(lst[0]) == repr(n.items) or "skip")

# --- case: strings inside containers use repr
print(["a'b", 'a"b', "a'b\"c", "\n", "é", "\x00"], {"k": "v"}, ("t",))

# --- case: floats and special values inside containers
print([1.0, -0.0, float("inf"), float("nan"), 1e100, 1e-100, 0.1 + 0.2])

# --- case: empty containers
print([], (), {}, set(), frozenset(), dict(), list(), "", b"", bytearray(), range(0))

# --- case: deque and OrderedDict reprs
from collections import OrderedDict, deque, Counter, defaultdict
od = OrderedDict([("b", 1), ("a", 2)])
dq = deque([1, 2, 3], maxlen=5)
print(od, dq, deque(), Counter("abracadabra").most_common(2), defaultdict(list, {"k": [1]}))
dq2 = deque([1])
dq2.append(dq2)
print(dq2)
