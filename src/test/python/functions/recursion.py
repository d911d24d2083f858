# Recursion, mutual recursion and RecursionError.
import sys

# --- case: factorial and fibonacci
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(10), fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

# --- case: mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

# --- case: recursion over nested structures
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]]]), depth([]), depth(5))

# --- case: Ackermann small values
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))

# --- case: moderately deep recursion works (500 frames)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(500))

# --- case: infinite recursion raises RecursionError
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))

# --- case: interpreter usable after RecursionError
print(down(100))

# --- case: recursion through __repr__
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print(type(e).__name__)

# --- case: recursion limit get/set
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down(500)
except RecursionError as e:
    print("limited", type(e).__name__)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, down(150))

# --- case: recursive closures and lambdas
fact2 = lambda n: 1 if n < 2 else n * fact2(n - 1)
print(fact2(12))
def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
