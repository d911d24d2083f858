# Comparisons, boolean operators, conditional expressions.

# --- case: chained comparisons
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0, 1 <= 1 < 2 != 3)
print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4)

# --- case: chained comparison evaluates middle operand once
calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, calls)

# --- case: short-circuit of chained comparison
calls.clear()
def right():
    calls.append("right")
    return 0
print(3 < 2 < right(), calls)

# --- case: is, is not, in, not in
a = [1, 2]
b = a
print(a is b, a is not [1, 2], 2 in a, 3 not in a, "ell" in "hello", not 1 in a)
print(None is None, ... is Ellipsis)

# --- case: and/or return operands
print(0 or "x", "" or [] or None, 1 and 2, 0 and 1/0, [] and "no", "a" or 1/0)
print(not 0, not "x", not not [], (1 and 0) or "fallback")

# --- case: conditional expressions
for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print((lambda v: "big" if v > 10 else "small")(11))
print([i if i % 2 else -i for i in range(5)])

# --- case: conditional expression evaluates only one branch
print("ok" if True else 1 / 0, 1 / 0 if False else "also ok")

# --- case: comparisons between mixed numeric types
print(1 == 1.0, 1 == 1 + 0j, True == 1, 0.1 + 0.2 == 0.3, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 30 < 1e31, 10 ** 400 > 1e308, -10 ** 400 < float("-inf"))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan])

# --- case: sequence comparisons are lexicographic
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [] < [0], (2,) > (1, 99))
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2])

# --- case: unorderable types
for l, r in [(1, "1"), ([1], (1,)), (None, 0), ({}, {})]:
    try:
        l < r
    except TypeError as e:
        print(type(e).__name__, e)

# --- case: comparison result used as int
print(sum(v > 2 for v in [1, 2, 3, 4, 5]), (3 > 2) + (2 > 1))
