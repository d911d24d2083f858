# Lambda expressions.

# --- case: basic lambdas
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, k=2))
print((lambda a, b=2, *, c=3: a + b + c)(1), (lambda a, /, b: a - b)(5, b=3))

# --- case: lambda names and qualnames
print(sq.__name__, sq.__qualname__, repr(sq.__doc__))
def outer():
    return lambda: 0
print(outer().__qualname__)

# --- case: lambdas in sorting and functional helpers
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=lambda w: (w.lower(), w)))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(filter(lambda v: v % 3 == 0, range(10))))

# --- case: lambda returning a lambda (currying)
add = lambda a: lambda b: lambda c: a + b + c
print(add(1)(2)(3))

# --- case: conditional expression and tuple body
classify = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([classify(n) for n in (-5, 0, 5)], (lambda: (1, 2))())

# --- case: immediately invoked lambda with closure
k = 10
print((lambda x: x + k)(5))

# --- case: lambda with default capturing loop variable
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])

# --- case: lambda cannot contain statements but can contain walrus in parentheses
f = lambda: (y := 5, y * 2)
print(f())

# --- case: lambda in dict dispatch
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])

# --- case: lambda is a function object
print(type(sq).__name__, callable(sq), sq.__code__.co_argcount, sq.__defaults__)

# --- case: yield inside lambda makes a generator
gen = lambda: (yield 1)
g = gen()
print(type(g).__name__, next(g))

# --- case: recursive lambda via default self
fact = lambda n, f=None: 1 if n < 2 else n * fact(n - 1)
print(fact(6))
