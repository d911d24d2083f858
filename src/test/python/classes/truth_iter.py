# Truth testing (__bool__/__len__), iteration protocols, __contains__.

# --- case: __bool__ and __len__ truth
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Neither: pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Neither()))
print("yes" if L(1) else "no", not L(0), [x for x in [L(0), L(2)] if x].__len__())

# --- case: __bool__ takes precedence over __len__
class BothTruth:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(BothTruth()), len(BothTruth()))

# --- case: __bool__ must return bool
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __len__ errors
class NegLen:
    def __len__(self): return -1
class FloatLen:
    def __len__(self): return 1.5
class HugeLen:
    def __len__(self): return 2 ** 100
for cls in (NegLen, FloatLen, HugeLen):
    try:
        len(cls())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)

# --- case: __iter__ and __next__
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))

# --- case: iterable with separate iterator class
class Range3:
    def __iter__(self):
        return iter([1, 2, 3])
r = Range3()
print(list(r), list(r), 2 in r, 5 in r)

# --- case: __getitem__ iteration fallback
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([*Seq()])))
it = iter(Seq())
print(type(it).__name__, next(it), next(it))

# --- case: __getitem__ raising StopIteration also stops
class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(SeqStop()))

# --- case: __iter__ = None makes a class non-iterable
class NotIterable:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: non-iterable error messages
for v in [5, None, Neither()]:
    try:
        iter(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for _ in 3.5: pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __iter__ returning a non-iterator
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __contains__ and fallback to iteration
class Evens:
    def __contains__(self, v):
        return v % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Box:
    def __contains__(self, v): return "truthy"
print(1 in Box())
print(3 in Countdown(5), 9 in Countdown(5))
try:
    1 in Neither()
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __reversed__ and __length_hint__
class Rev:
    def __reversed__(self): return iter("cba")
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), list(Rev()))
class NoRev:
    def __len__(self): return 2
    def __getitem__(self, i): return ["x", "y"][i]
print(list(reversed(NoRev())))
try:
    reversed(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)

# --- case: iterator exhaustion
it = iter([1, 2])
print(list(it), list(it))
