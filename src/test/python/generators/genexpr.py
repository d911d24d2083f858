# Generator expressions: laziness, scoping of the first iterator.

# --- case: laziness
log = []
def src():
    for i in range(3):
        log.append(f"produce {i}")
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)

# --- case: first iterator evaluated immediately, rest lazily
def first():
    print("first iterable evaluated")
    return [1, 2]
def second():
    print("second iterable evaluated")
    return [10, 20]
g = (a + b for a in first() for b in second())
print("created")
print(list(g))

# --- case: error in first iterable raised at creation
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)

# --- case: error in condition raised at iteration
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("at iteration:", e)

# --- case: first iterator bound at creation even if name is rebound
data = [1, 2, 3]
g = (x for x in data)
data = [100]
print(list(g))

# --- case: other names looked up lazily
factor = 2
g = (x * factor for x in range(3))
factor = 10
print(list(g))

# --- case: generator expression in class body can use class name only in first iterator
class C:
    base = [1, 2]
    doubled = list(x * 2 for x in base)
    try:
        bad = list(x for x in range(2) if x in base)
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)

# --- case: generator expression is single-use
g = (c for c in "ab")
print(list(g), list(g), type(g).__name__)

# --- case: parentheses can be omitted for sole argument
print(sum(x for x in range(5)), sorted((x % 3 for x in range(6)), reverse=True))
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)

# --- case: nested generator expressions
g = ((i, j) for i in range(3) for j in (k * 2 for k in range(i)))
print(list(g))

# --- case: generator expression with walrus and conditions
vals = list(y for x in range(6) if (y := x * 3) % 2 == 0)
print(vals, y)

# --- case: generator expression attributes
g = (x for x in [])
print(g.__name__, g.__qualname__, g.gi_running)

# --- case: any/all short-circuit consumption
checked = []
def record(v):
    checked.append(v)
    return v
print(any(record(v) > 2 for v in [1, 3, 5]), checked)
checked.clear()
print(all(record(v) < 2 for v in [1, 3, 5]), checked)
