# Slicing: negative indices, steps, extended slices and slice assignment.

s = "abcdefghij"
lst = list(range(10))

# --- case: basic and negative slices
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[-5:-2], s[:], s[5:2])
print(lst[-1], lst[-10], lst[3:-3])

# --- case: steps
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1])
print(lst[::3], lst[9::-3], lst[:2:-4])

# --- case: out of range bounds are clamped
print(s[-100:100], s[5:100], s[100:], lst[-100:2], s[100:-100:-1])

# --- case: zero step raises
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)

# --- case: slice assignment grow and shrink
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[:] = "hi"
print(a)

# --- case: extended slice assignment needs matching size
a = list(range(8))
a[::2] = "ABCD"
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a[::-3] = [7, 8, 9]
print(a)

# --- case: slice deletion
a = list(range(10))
del a[::3]
print(a)
del a[1:3]
print(a)
del a[-2:]
print(a)

# --- case: slices on tuples, ranges and bytes
t = tuple(range(6))
print(t[1:4], t[::-2], range(10)[2:8:3], range(10)[::-1], b"hello"[1:3], bytearray(b"xyz")[::-1])

# --- case: explicit slice objects
sl = slice(1, None, 2)
print(s[sl], lst[slice(3)], sl.start, sl.stop, sl.step, slice(5).indices(3))
print(slice(None, None, -1).indices(4), slice(-3, -1).indices(10), slice(0, 10, 3).indices(5))

# --- case: multidimensional subscripts go to __getitem__ as tuples
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[1:2, 3], p[::], p[..., 0], p[:, ::-1], p[1:2:3, "a"])
print(p[()], p[*[1, 2]], p[1, *"ab"])

# --- case: slicing with non-int indices uses __index__
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(s[Idx(1):Idx(4)], lst[Idx(-2)])
try:
    s[1.5:]
except TypeError as e:
    print(type(e).__name__, e)

# --- case: str slices with unicode
u = "aé😀b"
print(u[1:3], u[::-1], len(u[2]))
