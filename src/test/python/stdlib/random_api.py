# random: the same numbers as CPython for the same seed, for every method and distribution.
import random
from fractions import Fraction
from decimal import Decimal

r = random.Random(12345)
print(r.random(), r.getrandbits(70), r.randrange(10**30), r.randint(-5, 5), r.randbytes(9))
print(r.choice("abcdef"), r.choices(range(10), k=4), r.choices("abc", weights=[1, 0, 5], k=5),
      r.choices("abc", cum_weights=[1, 1, 10], k=5))
print(r.sample(range(100), 5), r.sample(["x", "y"], 2, counts=[3, 2]), r.sample(range(10**6), 3))
lst = list(range(12))
r.shuffle(lst)
print(lst)
print(r.uniform(1, 3), r.triangular(), r.triangular(0, 10, 2), r.betavariate(2, 3),
      r.expovariate(), r.expovariate(2.5), r.gammavariate(0.5, 2), r.gammavariate(1, 2),
      r.gammavariate(3.5, 1.5), r.gauss(), r.gauss(5, 2), r.lognormvariate(0, 1),
      r.normalvariate(), r.normalvariate(1, 3), round(r.vonmisesvariate(1, 4), 12), r.vonmisesvariate(1, 0),
      r.paretovariate(2), r.weibullvariate(1, 1.5))
print([r.binomialvariate(n, p) for n, p in [(1, 0.5), (10, 0.3), (100, 0.5), (1000, 0.02),
                                             (5000, 0.7), (0, 0.5), (7, 0.0), (7, 1.0)]])
for seed in [0, 1, -7, 2**80, 3.5, "hello", b"bytes", bytearray(b"ba"), None]:
    r.seed(seed)
    if seed is not None:
        print(repr(seed), r.random(), r.randrange(1000))
r.seed("hello", version=1)
print(r.random())
r.seed(b"xy", version=2)
print(r.random())
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]))
r2 = random.Random()
r2.setstate(state)
print(r2.random() == first[0])
random.seed(99)
print(random.random(), random.randint(1, 6), random.choice([1, 2, 3]), random.randbytes(3))
print(random.getrandbits(0), random.Random(5).getrandbits(32), random.Random(5).randrange(0, 100, 7))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 2), lambda: r.randrange(0, 10, 0),
            lambda: r.randrange(1.5), lambda: r.choice([]), lambda: r.sample(range(3), 5),
            lambda: r.choices("ab", weights=[1], k=1), lambda: r.choices("ab", [0, 0]),
            lambda: r.getrandbits(-1), lambda: r.sample({1, 2}, 1), lambda: r.binomialvariate(-1),
            lambda: r.binomialvariate(2, 1.5), lambda: r.seed([1]), lambda: r.randbytes(-1),
            lambda: r.sample([1], 1, counts=[0]), lambda: r.choices("ab", weights=[1, 2], cum_weights=[1, 2])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)


class MyRandom(random.Random):
    def random(self):
        return 0.5


m = MyRandom(1)
print(m.random(), m.choice("abc"), m.uniform(0, 10), m.randrange(10))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(sr.randbytes(4)), type(sr).__name__)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
print(random.Random(3).choice(range(10**9)))
print(sorted(n for n in random.__all__))
