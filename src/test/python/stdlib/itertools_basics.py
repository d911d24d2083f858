"""itertools: every function, reprs and argument errors."""
import itertools
from itertools import *
import operator


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: names
print(sorted(n for n in dir(itertools) if not n.startswith("_")))

# --- case: count cycle repeat
c = count(5); print(c, next(c), next(c), c)
c2 = count(1, 3); print(list(islice(c2, 4)), c2)
print(list(islice(count(0.5, 0.25), 3)), count(1, 1.0), count(2.5), count(step=-1))
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
r = repeat("a", 3); print(r, next(r), r, list(r), r, r.__length_hint__())
print(repeat(1), repeat(1, -2), list(repeat(None, 0)), list(map(pow, range(4), repeat(2))))
attempt("count str", lambda: count("a"))
attempt("repeat hint", lambda: repeat(1).__length_hint__())

# --- case: accumulate batched chain compress
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([], initial=10)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc", initial="x")), list(accumulate([])))
print(list(batched("abcdefg", 3)), list(batched([], 2)), list(batched(range(4), 2, strict=True)))
attempt("batched zero", lambda: batched([1], 0))
attempt("batched strict", lambda: list(batched([1, 2, 3], 2, strict=True)))
print(list(chain("ab", [1], ())), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(compress(range(5), cycle([True, False]))))

# --- case: dropwhile filterfalse takewhile starmap pairwise
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(operator.add, zip("ab", "cd"))))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))

# --- case: groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = [(k, g) for k, g in groupby("aabb")]
print([(k, list(g)) for k, g in groups])
gb = groupby("xxyz"); k1, g1 = next(gb); print(k1, next(g1)); k2, g2 = next(gb); print(k2, list(g2), list(g1))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, grp in groupby(words, key=operator.itemgetter(0)):
    print(letter, list(grp))
print(list(groupby([])))

# --- case: islice
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
print(list(islice("abcdefg", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10)); print(list(islice(it, 3)), next(it))
it = iter(range(10)); print(list(islice(it, 5, 2)), next(it))
it = iter(range(10)); print(list(islice(it, 2, 4)), next(it))
attempt("neg stop", lambda: islice([], -1))
attempt("neg start", lambda: islice([], -1, 3))
attempt("bad stop", lambda: islice([], 1, -1))
attempt("zero step", lambda: islice([], 1, 2, 0))
attempt("str stop", lambda: islice([], "a"))

# --- case: tee zip_longest
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(iter("ab"), 3); print(list(x), list(y), list(z))
print(tee([], 0), len(tee("abc", 4)))
p, q = tee(count()); print([next(p) for _ in range(3)], next(q))
attempt("tee neg", lambda: tee([], -1))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(zip_longest([1, 2], [], [3])))
attempt("zl int", lambda: zip_longest(1))

# --- case: combinatorics
print(list(product("ab", "xy")), list(product(range(2), repeat=3)), list(product()), list(product("ab", [])))
print(list(product("ab", repeat=0)), len(list(product(range(3), range(4), range(2)))))
print(list(permutations("abc")), list(permutations(range(4), 2)))
print(list(permutations([])), list(permutations("ab", 3)), list(permutations("abc", 0)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement("ab", 0)))
print(list(permutations([3, 1, 2], 2)), list(combinations([3, 1, 2], 2)))
attempt("perm neg", lambda: permutations([1], -1))
attempt("perm float", lambda: permutations([1], 1.5))
attempt("comb neg", lambda: combinations([1], -1))
attempt("cwr neg", lambda: combinations_with_replacement([1], -1))
attempt("product neg", lambda: product([1], repeat=-1))

# --- case: eager iteration errors
for name, call in [("accumulate", lambda: accumulate(5)), ("pairwise", lambda: pairwise(5)),
                   ("cycle", lambda: cycle(5)), ("compress", lambda: compress(1, [1])),
                   ("groupby", lambda: groupby(5)), ("starmap", lambda: starmap(pow, 5)),
                   ("dropwhile", lambda: dropwhile(bool, 5)), ("islice", lambda: islice(5, 1)),
                   ("product", lambda: product(5)), ("permutations", lambda: permutations(5))]:
    attempt(name, call)
print(next(chain(5), "lazy") if False else "chain is lazy")
attempt("chain next", lambda: next(chain(5)))
