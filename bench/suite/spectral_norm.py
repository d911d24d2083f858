"""Spectral norm: the largest singular value of an infinite matrix, by power iteration.

A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1). Exercises function calls in inner loops,
integer-to-float arithmetic and generator expressions over ranges.
"""
import math

DEFAULT_N = 400


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times_a(v):
    n = len(v)
    return [sum(entry(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_a_transposed(v):
    n = len(v)
    return [sum(entry(j, i) * v[j] for j in range(n)) for i in range(n)]


def times_ata(v):
    return times_a_transposed(times_a(v))


def main(n=DEFAULT_N):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return f"{math.sqrt(vbv / vv):.9f}"


if __name__ == "__main__":
    print(main())
