import random
for s in [0, 1, 42, -7, 2**100+3, "hello", b"abc", 3.5, 12345678901234567890]:
    random.seed(s)
    print(s, random.random(), random.getrandbits(100), random.randint(1, 10**30), random.randrange(0, 100, 7))
    L = list(range(20)); random.shuffle(L); print(L)
    print(random.sample(range(1000), 10), random.sample(list(range(30)), 8), random.sample("abcdefg", 3))
    print(random.choices("abcde", k=5), random.choices("abc", [1, 2, 3], k=6), random.choices("abc", cum_weights=[1, 5, 6], k=4))
    print(random.gauss(), random.gauss(1, 2), random.gauss(), random.normalvariate(), random.lognormvariate(0, 1))
    print(random.uniform(1, 5), random.triangular(), random.triangular(0, 10, 2), random.expovariate(2))
    print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
    print([random.binomialvariate(n, p) for n, p in [(1, .3), (10, .2), (100, .5), (1000, .3), (50, .9), (20, 0), (20, 1)]])
    print(random.randbytes(7), random.choice([1,2,3]), random.sample(range(10), 3, counts=[2]*10))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
r = random.Random(5); print(r.random(), random.Random("x").random())
class R(random.Random):
    def random(self): return 0.3
print(R().randrange(100), R().choice("abcdef"))
for args in [(0,), (5, 5), (5, 1, 2), (1, 5, 0), (1.5,), (1, None, 2)]:
    try: random.randrange(*args)
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: random.getrandbits(-1), lambda: random.choice([]), lambda: random.sample({1,2}, 1), lambda: random.seed([1]), lambda: random.choices("ab", 3), lambda: random.sample(range(3), 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
