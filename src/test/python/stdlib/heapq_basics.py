"""heapq: push/pop, heapify, replace, pushpop, merge, nlargest, nsmallest."""
import heapq


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: push and pop
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(h))], h)
attempt("pop empty", lambda: heapq.heappop([]))

# --- case: heapify keeps the invariant
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data)))
print(sorted(data) == [heapq.heappop(data) for _ in range(10)])

# --- case: heapreplace and heappushpop
h = [1, 3, 5]
print(heapq.heapreplace(h, 4), h, heapq.heappushpop(h, 0), h, heapq.heappushpop(h, 10), h)
print(heapq.heappushpop([], 3))
attempt("replace empty", lambda: heapq.heapreplace([], 1))

# --- case: tuples and custom ordering
h = []
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(4)])


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return self.name


h = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])

# --- case: merge
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2], [0, 10])), list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge(["bb", "c"], ["a", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge(["x", "yy"], ["zz", "w"], key=len, reverse=False)))
m = heapq.merge(iter([1, 3]), iter([2]))
print(next(m), list(m))

# --- case: nlargest and nsmallest
nums = [5, 1, 8, 3, 9, 2, 7, 1, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(1, nums))
print(heapq.nlargest(0, nums), heapq.nsmallest(-1, nums), heapq.nlargest(20, nums), heapq.nsmallest(10, iter(nums)))
words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words), key=len))
print(heapq.nlargest(3, iter(words), key=len), heapq.nsmallest(1, [], key=len), heapq.nlargest(2, iter([])))
pairs = [(1, "a"), (3, "b"), (3, "c"), (2, "d"), (3, "e")]
print(heapq.nlargest(2, iter(pairs), key=lambda p: p[0]), heapq.nsmallest(4, iter(pairs), key=lambda p: -p[0]))
print(heapq.__all__)
