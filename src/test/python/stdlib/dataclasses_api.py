# dataclasses: field options, frozen/order/eq/slots/kw_only/KW_ONLY, InitVar, asdict/astuple,
# replace, make_dataclass, __post_init__, __match_args__, reprs and error messages.
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING, Field)
from typing import ClassVar, Any
import inspect


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, repr=False, compare=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "m"}, hash=False)


p = Point(1, 2)
print(p, p == Point(1, 2, ["t"]), p.__match_args__, inspect.signature(Point))
print([(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.repr, f.compare, f.hash, f.init,
        f.kw_only) for f in fields(Point)])
print(fields(Point)[3].metadata, type(fields(Point)[3].metadata).__name__, fields(p)[0] is fields(Point)[0])
print(repr(fields(Point)[0])[:60])
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__eq__ is not object.__eq__, Point.__hash__, Point.__dataclass_params__)
print(Point.__dataclass_fields__.keys(), type(MISSING).__name__, Point.__doc__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: ClassVar[str] = "v"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a >= b, sorted([b, a]), hash(a) == hash(Version(1, 2)), Version.label, len(fields(Version)))
try:
    a.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del a.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"


s = Slotted(1)
print(Slotted.__slots__, hasattr(s, "__dict__"), s)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)


@dataclass(kw_only=True)
class KwOnly:
    a: int
    b: int = 2


print(KwOnly(a=1), inspect.signature(KwOnly))
try:
    KwOnly(1)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, b=2), inspect.signature(Mixed), Mixed.__match_args__)


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.a * scale


w = WithInit(3, 5)
print(w, [f.name for f in fields(w)], inspect.signature(WithInit), repr(InitVar[int]))
print(replace(w, a=4, scale=10))
try:
    replace(w, total=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(hash=False, default=None)


print(hash(Hashy(1)) == hash(Hashy(1, [1])))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node | None" = None


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(root), astuple(root))
print(asdict(root, dict_factory=lambda items: sorted(items)))
print(asdict(Point(1, 2, ["a"], {"k": (Point(3),)})))

for bad in ["mutable", "order", "nondefault", "frozen_inherit", "field_both", "slots_default"]:
    try:
        if bad == "mutable":
            @dataclass
            class B:
                x: list = []
        elif bad == "order":
            @dataclass(order=True, eq=False)
            class B:
                x: int
        elif bad == "nondefault":
            @dataclass
            class B:
                x: int = 1
                y: int
        elif bad == "frozen_inherit":
            @dataclass(frozen=True)
            class B(Point):
                z: int = 0
        elif bad == "field_both":
            field(default=1, default_factory=list)
        elif bad == "slots_default":
            @dataclass(slots=True)
            class B:
                x: int
                __slots__ = ("x",)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))],
                   namespace={"total": lambda self: self.x + self.z}, frozen=True, bases=())
c = C(1, 2)
print(c, c.total(), C.__name__, C.__module__ == __name__, C.__qualname__)
D = make_dataclass("D", ["a"], kw_only=True, order=True)
print(D(a=1) < D(a=2), inspect.signature(D))
try:
    make_dataclass("E", ["a", "a"])
except TypeError as e:
    print("TypeError", e)
try:
    make_dataclass("E", ["class"])
except TypeError as e:
    print("TypeError", e)
try:
    asdict(3)
except TypeError as e:
    print("TypeError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
try:
    replace(3)
except TypeError as e:
    print("TypeError", e)


@dataclass(repr=False, match_args=False, init=False)
class Bare:
    a: int = 1


print(repr(Bare()).startswith("<"), hasattr(Bare, "__match_args__"), Bare().a)


@dataclass
class Recursive:
    x: Any = None


r = Recursive()
r.x = r
print(r)


@dataclass
class Base:
    a: int = 1
    b: str = "b"


@dataclass
class Derived(Base):
    a: int = 5
    c: float = 0.5


print(Derived(), [f.name for f in fields(Derived)])
match Point(1, 2):
    case Point(1, y):
        print("matched y", y)


@dataclass(weakref_slot=True, slots=True)
class WeakSlots:
    a: int


import weakref
print(weakref.ref(WeakSlots(1)) is not None, "__weakref__" in WeakSlots.__slots__)
print(dataclasses.field(default=3).default, isinstance(dataclasses.field(), Field))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
