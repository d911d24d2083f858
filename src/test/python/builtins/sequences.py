# Iteration builtins: all any enumerate filter iter map next range reversed zip len.

# --- case: all and any edge cases
print(all([]), any([]), all([0]), any([0, 0.0, "", None, [], 1]), all("abc"), any(iter([])))

# --- case: enumerate with start
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)), list(enumerate("x", start=-5)))
e = enumerate("xy")
print(type(e).__name__, next(e), next(e), next(e, "end"))

# --- case: filter with None and function
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))

# --- case: map with multiple iterables stops at shortest
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")), list(map(abs, [])))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: iter with sentinel
data = [3, 2, 1, 0, 5]
it = iter(data.pop, 1)
print(list(it), data)
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: next with default
it = iter([1])
print(next(it), next(it, None), next(it, "default"))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)

# --- case: range basics
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 1)))
print(len(range(0, 100, 7)), range(3) == range(0, 3, 1), range(0) == range(5, 2), repr(range(1, 5, 2)))

# --- case: reversed on sequences and custom
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1,))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)

# --- case: zip variants
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip("ab", "cd", strict=True)))
try:
    list(zip("abc", "de", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("ab", "cde", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("ab", "ab", "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)

# --- case: zip is lazy and consumes left to right
a = iter([1, 2, 3])
b = iter([10])
print(list(zip(a, b)), list(a))

# --- case: len of everything
print(len([1, 2]), len("😀é"), len(b"ab"), len({}), len({1: 2}), len(range(10, 0, -2)), len(set("aab")), len(frozenset()))
