"""Closures and comprehensions: functions that make functions, and data built by comprehension.

Counters and accumulators over nonlocal cells, function composition, decorators that wrap calls,
functools.partial and reduce, lambdas as sort keys, and list, dict, set and nested comprehensions
with conditions. Exercises closure cells, call overhead of small functions and comprehension
frames. The checksum combines the computed tables.
"""
import functools

DEFAULT_N = 26_000


def make_counter(step):
    count = 0

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_accumulator():
    total = 0
    items = 0

    def add(value):
        nonlocal total, items
        total += value
        items += 1
        return total // items
    return add


def compose(*functions):
    def composed(value):
        for f in reversed(functions):
            value = f(value)
        return value
    return composed


def counted(function):
    calls = 0

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return function(*args, **kwargs)
    wrapper.calls = lambda: calls
    return wrapper


@counted
def polynomial(x, a=1, b=0, c=0):
    return (a * x + b) * x + c


def tables(size):
    squares = [i * i for i in range(size)]
    evens = [s for s in squares if s % 2 == 0]
    grid = [[(r * c) % 7 for c in range(16)] for r in range(size // 8)]
    index = {i: s % 97 for i, s in enumerate(squares) if s % 3}
    residues = {s % 101 for s in squares}
    flat = [v for row in grid for v in row if v]
    inverted = {v: k for k, v in index.items()}
    return len(evens) + sum(flat) + len(residues) + sum(inverted) + sum(index.values())


def closures(size):
    counters = [make_counter(step) for step in range(1, 9)]
    average = make_accumulator()
    pipeline = compose(lambda v: v % 1_000_003, lambda v: v * 3 + 1, abs)
    adders = [lambda v, k=k: v + k for k in range(10)]
    total = 0
    for i in range(size):
        counter = counters[i % len(counters)]
        total += pipeline(counter() - i)
        total += average(i % 17)
        total += adders[i % 10](i) % 5
        total += polynomial(i % 50, b=2, c=i % 3)
    quadratic = functools.partial(polynomial, a=3, b=-2)
    total += sum(map(quadratic, range(size // 4)))
    words = [f"w{(i * 7919) % size}" for i in range(size // 4)]
    ordered = sorted(words, key=lambda w: (len(w), w[::-1]))
    total += functools.reduce(lambda acc, w: (acc * 31 + len(w)) % 1_000_003, ordered, 0)
    return total


def main(n=DEFAULT_N):
    calls_before = polynomial.calls()
    total = 0
    for round_ in range(20):
        total += tables(n + round_)
        total += closures(n)
    return f"{total} {polynomial.calls() - calls_before}"


if __name__ == "__main__":
    print(main())
