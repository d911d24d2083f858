# List, set, dict comprehensions and generator expressions.

# --- case: list comprehension with nested loops and conditions
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
print([c * 2 for word in ["ab", "cd"] for c in word if c != "c"])
print([[i * j for j in range(3)] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3])

# --- case: set comprehension
print(sorted({c.lower() for c in "HeLLo WoRLD" if c.isalpha()}))
print({n % 4 for n in range(10)})

# --- case: dict comprehension
print({k: len(k) for k in ["a", "bb", "ccc"]})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})
print({(i, j): i * j for i in range(2) for j in range(2)})

# --- case: generator expression consumed by functions
print(sum(i * i for i in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc"), tuple(i for i in range(3) if i))

# --- case: comprehension variables do not leak
i = "outer"
_ = [i for i in range(3)]
print(i)

# --- case: comprehension sees enclosing function variables
def scale(factor):
    return [v * factor for v in range(4)]
print(scale(3))

# --- case: comprehension in class body cannot see class variables except first iterable
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        broken = [v * len(items) for v in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)

# --- case: closures in comprehensions capture the loop variable late
fns = [lambda: k for k in range(3)]
print([f() for f in fns])
fns = [lambda k=k: k for k in range(3)]
print([f() for f in fns])

# --- case: nested comprehension referencing outer loop variable
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row])

# --- case: comprehension over dict preserves insertion order
d = {"z": 1, "a": 2, "m": 3}
print([k for k in d], [v for v in d.values()])

# --- case: unpacking targets in comprehension
print([a + b for a, b in [(1, 2), (3, 4)]], {k: v for (k, v) in zip("ab", (1, 2))})
print([first for first, *_ in ["xyz", "uv"]])

# --- case: exceptions propagate from comprehensions
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# --- case: empty results
print([x for x in []], {x for x in ()}, {x: x for x in ""}, list(x for x in range(0)))

# --- case: comprehension using a conditional expression and call
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([str(n).zfill(3) for n in (1, 22, 333)])
