"""Generator pipeline: a chain of lazy stages feeding each other one item at a time.

A source generator, filters, maps, sliding windows, run-length grouping, a coroutine driven by
send(), itertools stages and generator expressions. Exercises generator creation, resumption,
yield from and the iterator protocol. The checksum combines the sink's totals.
"""
import itertools

DEFAULT_N = 500_000


def numbers(count, seed):
    """A deterministic stream of pseudo-random integers."""
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 8


def keep(stream, predicate):
    for item in stream:
        if predicate(item):
            yield item


def scaled(stream, factor, modulus):
    for item in stream:
        yield item * factor % modulus


def windows(stream, size):
    window = []
    for item in stream:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def runs(stream):
    """Run-length encodes the stream's items by their remainder mod 4."""
    for key, group in itertools.groupby(stream, key=lambda v: v % 4):
        yield key, sum(1 for _ in group)


def flatten(streams):
    for stream in streams:
        yield from stream


def chunked(stream, size):
    iterator = iter(stream)
    while True:
        chunk = list(itertools.islice(iterator, size))
        if not chunk:
            return
        yield chunk


def averager():
    """A coroutine: send() it numbers; it yields the running mean, rounded down."""
    total = 0
    count = 0
    mean = 0
    while True:
        value = yield mean
        total += value
        count += 1
        mean = total // count


def pipeline(count, seed):
    source = numbers(count, seed)
    odd = keep(source, lambda v: v & 1)
    mapped = scaled(odd, 7, 1_000_003)
    sums = (sum(w) for w in windows(mapped, 3))
    run_lengths = runs(sums)
    mean = averager()
    next(mean)
    checksum = 0
    longest = 0
    for key, length in run_lengths:
        checksum = (checksum * 3 + key + length) % 1_000_000_007
        longest = max(longest, length)
        mean.send(length)
    final_mean = mean.send(0)
    mean.close()
    return checksum, longest, final_mean


def chunk_stage(count):
    streams = (numbers(count // 8, seed) for seed in range(8))
    total = 0
    for chunk in chunked(flatten(streams), 64):
        total += max(chunk) - min(chunk)
    pairs = zip(numbers(count // 4, 99), itertools.count(1))
    total += sum(a % i for a, i in itertools.takewhile(lambda p: p[1] < count // 4, pairs))
    return total % 1_000_000_007


def main(n=DEFAULT_N):
    results = [pipeline(n, seed) for seed in (1, 2, 3)]
    return f"{results} {chunk_stage(n)}"


if __name__ == "__main__":
    print(main())
