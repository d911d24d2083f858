"""Dict and list churn: inserts, lookups, deletes, sorting, comprehensions."""


def main():
    d = {}
    for i in range(200_000):
        d[i % 5000] = d.get(i % 5000, 0) + i
    keys = sorted(d, key=lambda k: -d[k])[:10]
    lst = [x * x for x in range(100_000) if x % 3]
    while len(lst) > 50_000:
        lst.pop()
    squares = {k: v for k, v in zip(keys, lst)}
    return sum(d.values()), keys[:3], len(lst), sum(squares.values())


print(main())
