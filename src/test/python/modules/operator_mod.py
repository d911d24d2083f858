# The operator module's common functions.
import operator as op

# --- case: arithmetic and bitwise functions
print(op.add(1, 2), op.sub(5, 3), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.matmul.__name__, op.index(7), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))

# --- case: comparison functions
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(3, 4), op.gt(4, 3))

# --- case: sequence functions
lst = [1, 2, 3, 2]
print(op.contains(lst, 2), op.countOf(lst, 2), op.indexOf(lst, 3), op.getitem(lst, 1), op.getitem("abc", slice(1, None)))
op.setitem(lst, 0, 10)
op.delitem(lst, -1)
print(lst, op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5))

# --- case: in-place functions
a = [1]
print(op.iadd(a, [2]) is a, a, op.iadd(1, 2), op.imul("x", 3), op.ior({1}, {2}))

# --- case: itemgetter, attrgetter, methodcaller
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), get1({1: "one"}), sorted([(1, "b"), (2, "a")], key=op.itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("outer", P("inner"))
print(op.attrgetter("name")(p), op.attrgetter("inner.name")(p), op.attrgetter("name", "inner.name")(p))
print(op.methodcaller("greet", "Hi")(p), op.methodcaller("greet", "Yo", punct="?")(p), op.methodcaller("upper")("abc"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))

# --- case: errors propagate like the operators
for call in [lambda: op.add(1, "a"), lambda: op.getitem([], 0), lambda: op.attrgetter("nope")(p), lambda: op.indexOf([1], 2)]:
    try:
        call()
    except (TypeError, IndexError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)

# --- case: dunder aliases
print(op.__add__(2, 3), op.__getitem__([5], 0), op.__not__(1))

# --- case: call (3.11+)
print(op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))
