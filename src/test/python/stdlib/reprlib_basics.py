import reprlib
from collections import deque
r = reprlib.Repr()
objs = [list(range(20)), tuple(range(3)), (1,), [], (), set(range(10)), frozenset(range(10)), set(), frozenset(), {i: str(i) for i in range(10)}, {},
  'x' * 100, 'short', 2**200, 12345, deque(range(10)), [[[[[[[[1]]]]]]]], {'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}, object, 1.5, None,
  [1, 'a' * 50, (2, 3)], 'a\nb' * 20]
for o in objs:
    print(reprlib.repr(o))
r.maxlist = 2; r.maxstring = 10; r.maxlevel = 2; r.fillvalue = '<>'; r.maxlong = 8
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr(10**20))
r2 = reprlib.Repr(indent=4)
print(r2.repr([1, [2, 3], {'a': (4,)}]))
r3 = reprlib.Repr(indent='--', maxlevel=3)
print(r3.repr({'k': [1, 2], 'j': ()}))
for bad in [-1, 1.5]:
    try: print(reprlib.Repr(indent=bad).repr([1]))
    except Exception as e: print(type(e).__name__, e)
class Bad:
    def __repr__(self): raise RuntimeError
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))
class Long:
    def __repr__(self): return 'L' * 50
print(reprlib.repr(Long()))
class MyRepr(reprlib.Repr):
    def repr_Long(self, obj, level): return 'LONG'
print(MyRepr().repr([Long()]))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
n = Node(); n.children.append(n); n.children.append(Node())
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__wrapped__.__name__)
class N2(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'N2' + list.__repr__(self)
m = N2(); m.append(m); print(repr(m))
print(reprlib.__all__, reprlib.aRepr.maxlist)
# Only the real builtin and stdlib types get the special treatment, not namesakes.
class array:
    def __repr__(self): return 'X' * 50
    def __len__(self): return 1
print(reprlib.repr(array()))
class deque(list): pass
print(reprlib.repr(deque(range(10))))
from collections import deque as real_deque
from array import array as real_array
print(reprlib.repr(real_deque(range(10))), reprlib.repr(real_array('i', range(10))), reprlib.repr(real_array('d')))
