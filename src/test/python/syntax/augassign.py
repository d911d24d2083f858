# Augmented assignment on names, attributes and subscripts.

# --- case: every augmented operator on ints
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]:
    ns = {"v": 17}
    exec(f"v {op} 3", ns)
    print(op, ns["v"])
f = 7.0
f /= 2
print(f)

# --- case: matrix multiply augmented
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * 10 + o.v)
m = M(1)
m @= M(2)
print(m.v)

# --- case: augmented on attributes evaluates object once
class Obj:
    def __init__(self): self.n = 1
calls = []
o = Obj()
def get():
    calls.append("get")
    return o
get().n += 41
print(o.n, calls)

# --- case: augmented on subscripts evaluates container and key once
log = []
def key(k):
    log.append(k)
    return k
d = {"a": 1}
d[key("a")] += 10
lst = [1, 2, 3]
lst[key(-1)] *= 5
print(d, lst, log)

# --- case: list += mutates in place, tuple += rebinds
a = [1]
alias = a
a += [2]
print(a, alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
a += "xy"
print(a)

# --- case: str and bytes augmented concat
s = "ab"
s += "cd"
s *= 2
b = b"x"
b += b"yz"
print(s, b)

# --- case: slice augmented assignment
lst = [1, 2, 3, 4]
lst[1:3] += [9]
print(lst)

# --- case: tuple element += list mutates then raises
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)

# --- case: augmented assignment falls back to binary operator
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)

# --- case: set and dict augmented operators
s = {1, 2}
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5}
print(sorted(s))
dd = {"a": 1}
dd |= {"b": 2}
dd |= [("c", 3)]
print(dd)

# --- case: augmented on undefined name
def bad():
    zz += 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# --- case: augmented assignment to global from function
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
