# __eq__ and __hash__ rules.

# --- case: default identity equality and hashing
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))

# --- case: defining __eq__ sets __hash__ to None
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __eq__ with explicit __hash__
class Key:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in {Key(1), Key(2)}, len({Key(3), Key(3)}))

# --- case: __ne__ is derived from __eq__
class OnlyEq:
    def __eq__(self, other): return "eq called"
print(OnlyEq() != OnlyEq(), OnlyEq() == 1)

# --- case: explicit __hash__ = None in class body
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)

# --- case: subclass inherits hash unless it defines __eq__
class Parent:
    def __hash__(self): return 7
class ChildNoEq(Parent): pass
class ChildEq(Parent):
    def __eq__(self, o): return True
print(hash(ChildNoEq()), ChildEq.__hash__)

# --- case: __hash__ return value must be int, and is truncated for big ints
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))

# --- case: NotImplemented from __eq__ falls back to identity
class NI:
    def __eq__(self, other): return NotImplemented
x = NI()
print(x == x, x == NI(), x != NI())

# --- case: reflected __eq__ is tried
class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return True
print(Left() == Right())

# --- case: subclass __eq__ gets priority
class B1:
    def __eq__(self, o):
        return "B1"
class B2(B1):
    def __eq__(self, o):
        return "B2"
print(B1() == B2(), B2() == B1())

# --- case: containers use identity shortcut before __eq__
class NeverEqual:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
ne = NeverEqual()
print(ne == ne, ne in [ne], [ne] == [ne], ne in {ne}, [ne].count(ne), [ne].index(ne))

# --- case: hash of equal numbers is equal
print(hash(1) == hash(1.0) == hash(True), hash(0.5) == hash(0.5), hash(-1), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
