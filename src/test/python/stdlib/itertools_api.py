# itertools: every tool is a type (isinstance, subclassing, chain.from_iterable, chain[...]).
import itertools
from collections.abc import Iterator

names = ["accumulate", "batched", "chain", "combinations",
         "combinations_with_replacement", "compress", "count", "cycle",
         "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
         "permutations", "product", "repeat", "starmap", "takewhile",
         "zip_longest"]
for name in names:
    tool = getattr(itertools, name)
    print(name, isinstance(tool, type), tool.__name__, tool.__module__)

samples = [
    itertools.accumulate([1, 2, 3]), itertools.batched("abcde", 2),
    itertools.chain("ab", "c"), itertools.combinations("abc", 2),
    itertools.combinations_with_replacement("ab", 2),
    itertools.compress("abc", [1, 0, 1]),
    itertools.dropwhile(lambda x: x < 2, [1, 2, 3]),
    itertools.filterfalse(None, [0, 1, 0]), itertools.islice("abcdef", 1, 5, 2),
    itertools.pairwise("abcd"), itertools.permutations("abc", 2),
    itertools.product("ab", repeat=2), itertools.starmap(pow, [(2, 3), (3, 2)]),
    itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1]),
    itertools.zip_longest("ab", "c", fillvalue="-"),
]
for it in samples:
    name = type(it).__name__
    print(name, isinstance(it, getattr(itertools, name)), isinstance(it, Iterator), list(it))

c = itertools.chain("ab")
print(next(c), next(c), next(c, "done"))
mixed = itertools.chain("abc", "de")
print(next(mixed), list(zip(mixed, mixed)), next(mixed, "end"))
try:
    c.attribute = 1
except AttributeError:
    print("AttributeError: no __dict__")
try:
    itertools.chain(x=1)
except TypeError as e:
    print("TypeError:", e)

print(list(itertools.chain.from_iterable(["ab", "", "cd"])))
print(itertools.chain[int])


class Chained(itertools.chain):
    def __next__(self):
        return super().__next__().upper()


print(list(Chained("ab", "c")), type(Chained.from_iterable(["x"])).__name__,
      list(Chained.from_iterable(["xy"])))


class Counting(itertools.islice):
    pass


print(list(Counting(itertools.count(), 3)), isinstance(Counting("a", 1), itertools.islice))

for call in (lambda: itertools.batched("abc", 0), lambda: itertools.islice("a", -1),
             lambda: itertools.combinations("abc", -1), lambda: list(itertools.batched("abc", 2, strict=True))):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
