# tuple basics.

# --- case: construction and singletons
print((), (1,), (1, 2), tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple({"k": 1}), 1, 2 if False else (3,))
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])

# --- case: methods
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, 0, 4))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: operators
print((1, 2) + (3,), (0,) * 3, 3 * (1, 2), (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 9, 9), 2 in (1, 2))
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)

# --- case: immutability but mutable contents
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[1] = 5
except TypeError as e:
    print(type(e).__name__, e)

# --- case: hashing
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)], len({(1,), (1,), (2,)}))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)

# --- case: unpacking
a, b, *rest = (1, 2, 3, 4)
print(a, b, rest, type(rest).__name__)

# --- case: nested tuples and repr
print(((1, 2), (3, (4, 5))), ((),), (("a",),), repr((1,)), str(("x", "y")))

# --- case: tuple() of a tuple returns same object
t = (1, 2)
print(tuple(t) is t, t[:] is t, t + () is t if False else "skip")

# --- case: comparisons with mixed types inside
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
