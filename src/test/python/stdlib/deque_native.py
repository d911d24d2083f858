# collections.deque: behaviour of the native implementation against CPython's.
from collections import deque
import copy

# --- case: construction, maxlen, repr
d = deque([1, 2, 3])
print(d, len(d), d.maxlen, bool(d), bool(deque()))
print(deque(range(10), maxlen=3), deque(maxlen=0), deque("abc", 5).maxlen)
for bad in (-1, "x"):
    try:
        deque([], bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# --- case: both ends and maxlen eviction
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft(9)
print(d, d.pop(), d.popleft(), d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)

# --- case: extend, extendleft, self-extend, iadd
d = deque([1, 2])
d.extend(x * 10 for x in range(3))
d.extendleft([7, 8])
print(d)
d.extend(d)
print(d)
d += [5]
print(d)
d2 = deque(maxlen=0)
d2.extend(iter(range(5)))
print(d2)

# --- case: indexing, assignment, deletion, insert
d = deque(range(6))
print(d[0], d[-1], d[3])
d[1] = "a"
d[-1] = "z"
del d[2]
d.insert(1, "i")
d.insert(-100, "first")
d.insert(100, "last")
print(d)
for bad in (10, -10):
    try:
        d[bad]
    except IndexError as e:
        print("IndexError", e)
try:
    d["x"]
except TypeError as e:
    print("TypeError", e)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError", e)

# --- case: searching
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(2), d.index(2, 2), 3 in d, 9 in d)
d.remove(2)
print(d)
try:
    d.remove(9)
except ValueError as e:
    print("ValueError", e)
try:
    d.index(9)
except ValueError as e:
    print("ValueError", e)

# --- case: rotate and reverse
d = deque(range(7))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(14)
print(d)
d.reverse()
print(d, list(reversed(d)))

# --- case: operators and comparisons
a = deque([1, 2])
b = deque([1, 3])
print(a + b, a * 2, 2 * a, a < b, a == deque([1, 2]), a == [1, 2], a != b, a >= a)
m = deque([1, 2, 3], maxlen=4)
m *= 3
print(m)
try:
    a + [1]
except TypeError as e:
    print("TypeError", e)

# --- case: iteration and mutation during iteration
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it))

# --- case: copy, pickle protocol, subclass, recursive repr
d = deque([1, [2]], maxlen=5)
c = copy.copy(d)
dc = copy.deepcopy(d)
d[1].append(3)
print(c, dc, c.maxlen, d.__reduce__()[:3])


class MyDeque(deque):
    pass


s = MyDeque([1, 2], 4)
s.tag = "t"
print(s, type(s.copy()).__name__, s.copy().maxlen, type(s + s).__name__, s.tag)
r = deque()
r.append(r)
print(r)
print(deque[int], isinstance(d, __import__("collections.abc").abc.MutableSequence))
d.clear()
print(d, len(d))
print(deque.__hash__)

# --- case: re-initialising from itself empties first, as list.__init__ does
d = deque([1, 2], maxlen=4)
d.__init__(d)
print(d)
