# functools / copy / contextlib / collections fixes: partial's read-only attributes, reduce
# keywords, cmp_to_key's KeyWrapper, cached_property on builtins, copying __slots__,
# suppress.__exit__ and named tuple field reprs.
import collections
import contextlib
import copy
import functools

p = functools.partial(max, 1, key=abs)
print(p.func, p.args, p.keywords, p(-5))
print([name for name in ("func", "args", "keywords") if name in dir(functools.partial)])
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, "AttributeError:", e)
p.extra = 1
print(vars(p), copy.copy(p).extra, copy.copy(p)(-7))


class Tagged(functools.partial):
    pass


print(repr(Tagged(min, 3)).replace("__main__.", ""), Tagged(min, 3)(1), Tagged(min, 3).args)

try:
    functools.reduce(lambda a, b: a + b, [1], initial=5)
except TypeError as e:
    print("TypeError:", e)
print(functools.reduce(lambda a, b: a * b, [2, 3], 4))

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(key).__name__, sorted([3, 1, 2], key=key), key(1) < key(2), key(2) == key(2), key(3).obj)
try:
    key(1) < 2
except TypeError as e:
    print("TypeError:", e)
try:
    hash(key(1))
except TypeError:
    print("TypeError: unhashable")

cached = functools.cached_property(len)
print(cached.attrname, cached.__doc__ == len.__doc__)


class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self):
        self.a = [1]
        self.__hidden = "h"


s = Slotted()
for clone in (copy.copy(s), copy.deepcopy(s)):
    print(clone.a, clone.a is s.a, hasattr(clone, "b"), clone._Slotted__hidden)


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.d = {"k": 1}


b = copy.deepcopy(Both())
print(b.a, b.d, b._Slotted__hidden)
for value in (contextlib, copy):
    try:
        copy.deepcopy(value)
    except TypeError as e:
        print("TypeError:", e)

print(contextlib.suppress(KeyError).__exit__(None, None, None))
Point = collections.namedtuple("Point", "x y")
print(repr(Point.x), repr(Point.y), Point.x.__doc__, Point(1, 2).y)
try:
    Point(1, 2).x = 3
except AttributeError:
    print("AttributeError: read-only field")
