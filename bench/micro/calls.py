"""Function and method calls: positional, keyword, defaults, closures."""


def add(a, b):
    return a + b


def with_default(a, b=1):
    return a + b


def make_adder(n):
    def adder(x):
        return x + n
    return adder


def main():
    total = 0
    add5 = make_adder(5)
    for i in range(300_000):
        total = add(total, i)
        total = with_default(total)
        total = with_default(total, b=2)
        total = add5(total) - 5
    return total


print(main())
