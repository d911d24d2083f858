# Assignment expressions (walrus).

# --- case: walrus in if and while
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long", n)
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print(total, v)

# --- case: walrus in comprehension binds in enclosing scope
values = [y for x in range(6) if (y := x * x) % 2 == 0]
print(values, y)
print(any((hit := w) > 4 for w in data), hit)
print(all((miss := w) < 9 for w in data), miss)

# --- case: walrus in comprehension inside function binds function local
def f():
    [last := i for i in range(3)]
    return last
print(f())

# --- case: running totals via walrus
acc = 0
print([acc := acc + i for i in range(1, 6)], acc)

# --- case: walrus in nested function with nonlocal semantics from comprehension
def outer():
    found = None
    def inner():
        nonlocal found
        return [found := c for c in "abc" if c == "b"]
    r = inner()
    return r, found
print(outer())

# --- case: walrus in call arguments and expressions
def show(*a): return a
print(show(z := 10, z + 1), z)
print((w := 3) * w, w)
print([(k := 1), k + 1])

# --- case: walrus in lambda default and f-string
fn = lambda: (q := 5) + q
print(fn())
print(f"{(r := 7)} {r * 2}")

# --- case: walrus in comprehension condition with nested loops
pairs = [(a, b, s) for a in range(4) for b in range(4) if (s := a + b) == 3]
print(pairs, s)

# --- case: walrus in generator expression is evaluated lazily
g = ((lazy := i) for i in range(3))
print("lazy" in dir())
list(g)
print(lazy)
