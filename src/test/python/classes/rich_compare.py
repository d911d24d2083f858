# Rich comparisons with reflection.
import functools

# --- case: all six comparison dunders
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return f"lt({self.v},{o.v})"
    def __le__(self, o): return f"le({self.v},{o.v})"
    def __gt__(self, o): return f"gt({self.v},{o.v})"
    def __ge__(self, o): return f"ge({self.v},{o.v})"
    def __eq__(self, o): return f"eq({self.v},{o.v})"
    def __ne__(self, o): return f"ne({self.v},{o.v})"
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)

# --- case: reflection swaps lt/gt and le/ge
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, OnlyLt) else o)
    def __repr__(self): return f"L{self.v}"
x, y = OnlyLt(1), OnlyLt(2)
print(x < y, y > x, 5 > OnlyLt(3), OnlyLt(3) < 5)
try:
    x <= y
except TypeError as e:
    print(type(e).__name__, e)

# --- case: sorting uses only __lt__
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), min(OnlyLt(5), OnlyLt(4)), max([OnlyLt(5), OnlyLt(9)]))

# --- case: comparison result not coerced to bool by the operator
class Weird:
    def __lt__(self, o): return [1, 2]
print(Weird() < 1)

# --- case: chained comparison calls bool on intermediate results
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"compare {self.v}<{o.v}")
        return self.v < o.v
print(Loud(1) < Loud(2) < Loud(3), Loud(2) < Loud(1) < Loud(3))

# --- case: subclass reflected comparison priority
class P:
    def __lt__(self, o): return "P.lt"
    def __gt__(self, o): return "P.gt"
class C(P):
    def __gt__(self, o): return "C.gt"
print(P() < C(), C() < P())

# --- case: functools.total_ordering
@functools.total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
print(Version(1, 2) <= Version(1, 3), Version(2) > Version(1, 9), Version(1) >= Version(1), Version(1) != Version(2))

# --- case: comparing incompatible objects
class NoCmp: pass
for expr in ["NoCmp() < NoCmp()", "NoCmp() >= 1", "1 <= NoCmp()", "[NoCmp()] < [NoCmp()]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(type(e).__name__, e)

# --- case: list comparison uses element __eq__ then __lt__
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([E(1), E(2)] < [E(1), E(3)])

# --- case: NotImplemented from both sides of == falls back to identity
class NI:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
n = NI()
print(n == n, n != n, n == NI(), n != NI())

# --- case: comparisons with None
print(None == None, None != 0, None is not None)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
