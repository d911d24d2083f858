# Subclassing builtins: list, dict, int, str, tuple, set, and exceptions.

# --- case: list subclass with extra behaviour
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s == [1, 2, 3, 4])
print(type(s + [5]).__name__, type(s[1:]).__name__, type(s * 2).__name__)

# --- case: list subclass overriding append is not used by extend
class LoudList(list):
    def append(self, v):
        super().append(("appended", v))
ll = LoudList()
ll.append(1)
ll.extend([2])
ll += [3]
print(ll)

# --- case: dict subclass __setitem__ not used by update or constructor
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
ud = UpperDict(a=1)
ud["b"] = 2
ud.update(c=3)
ud.setdefault("d", 4)
print(ud)

# --- case: dict subclass __getitem__ not used by get
class Loud(dict):
    def __getitem__(self, k):
        return ("getitem", super().__getitem__(k))
ld = Loud(k=1)
print(ld["k"], ld.get("k"), dict(ld), list(ld.items()))

# --- case: int subclass
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, repr(e), e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print(type(err).__name__, err)

# --- case: int subclass with custom repr and arithmetic
class Hex(int):
    def __repr__(self): return hex(self)
    def __add__(self, o): return Hex(int(self) + o)
print(Hex(255), [Hex(16)], Hex(1) + 1, 1 + Hex(1), f"{Hex(10)}", str(Hex(10)))

# --- case: str subclass
class Name(str):
    def greet(self):
        return "Hello, " + self
    def __len__(self):
        return 100
n = Name("ada")
print(n.greet(), n.upper(), type(n.upper()).__name__, len(n), n == "ada", isinstance(n, str), n[0])

# --- case: str subclass with __new__ normalising value
class Lower(str):
    def __new__(cls, v):
        return super().__new__(cls, v.lower())
print(Lower("MiXeD"), Lower("ABC") in {"abc"})

# --- case: tuple subclass (named-tuple like)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), type(pr[:1]).__name__, pr == (1, 2))

# --- case: set and frozenset subclasses
class MySet(set): pass
ms = MySet([3, 1, 2])
print(sorted(ms), type(ms | {4}).__name__, type(ms.copy()).__name__, isinstance(ms, set))
class FS(frozenset): pass
print(type(FS([1]) | {2}).__name__, FS([1]) == frozenset([1]))

# --- case: float subclass and bool cannot be subclassed
class Celsius(float):
    def __str__(self): return f"{float(self)}C"
print(Celsius(21.5), Celsius(1) + 1, type(Celsius(1) + 1).__name__)
try:
    class MyBool(bool): pass
except TypeError as err:
    print(type(err).__name__, err)

# --- case: subclass instances get a __dict__
s.meta = "info"
e.tag = "t"
print(s.meta, e.tag)

# --- case: builtin subclass with __init__ extra args
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
tg = Tagged([1, 2], "t")
print(tg, tg.tag)

# --- case: __class__ of results from builtin methods
class D2(dict): pass
d2 = D2(a=1)
print(type(d2.copy()).__name__, type(d2 | {"b": 2}).__name__, type(D2.fromkeys("ab")).__name__)

# --- case: a subclass of a builtin iterator that overrides __next__
class TenfoldMap(map):
    def __next__(self):
        return super().__next__() * 10
print(list(TenfoldMap(abs, [1, -2])), sorted(TenfoldMap(abs, [3, -1])), [*TenfoldMap(abs, [4])])
a, *rest = TenfoldMap(abs, [5, 6]); print(a, rest)
class UpperEnum(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i, v.upper()
print(dict(UpperEnum("ab")), tuple(UpperEnum("c")))
