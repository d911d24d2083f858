"""dataclasses: dataclass options, field, fields/asdict/astuple/replace, make_dataclass."""
import dataclasses
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING, Field)
from typing import ClassVar


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: __all__
print(dataclasses.__all__)

# --- case: basic
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__match_args__, Point.__doc__, Point.__hash__, Point.__init__.__qualname__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(5))
print(asdict(p), astuple(p), replace(p, y=9), p)
attempt("missing", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("bad kw", lambda: Point(1, z=2))
attempt("replace bad", lambda: replace(p, z=3))
attempt("fields int", lambda: fields(5))
attempt("asdict int", lambda: asdict(5))
attempt("astuple cls", lambda: astuple(Point))
match p:
    case Point(a, b):
        print("matched", a, b)

# --- case: field options
@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    weight: float = field(default=1.0, compare=False)
    count: int = field(default=0, init=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "kg"}, repr=False)
a = Inventory("a"); b = Inventory("a", weight=5.0)
a.tags.append("x")
print(a, a == b, Inventory("a").tags, a.count, fields(Inventory)[5].metadata["unit"])
print(Inventory("q", ["t"], "z", 2.0), fields(Inventory)[1].default_factory is list)
print(repr(field(default=1)).startswith("Field(name=None,type=None,default=1,"))
attempt("both defaults", lambda: field(default=1, default_factory=list))

# --- case: errors at definition
def non_default():
    @dataclass
    class A:
        x: int = 1
        y: int
attempt("non-default", non_default)
def mutable():
    @dataclass
    class A:
        x: list = []
attempt("mutable", mutable)
def no_annotation():
    @dataclass
    class A:
        x = field(default=1)
attempt("no annotation", no_annotation)
def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int
attempt("order no eq", order_without_eq)
def frozen_inherit():
    @dataclass
    class Base:
        x: int = 0
    @dataclass(frozen=True)
    class D(Base):
        y: int = 1
attempt("frozen inherit", frozen_inherit)

# --- case: order frozen hash
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), max(vs))
attempt("order other", lambda: Version(1) < 5)
@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()
fz = Frozen(1, (2,))
print(fz, hash(fz) == hash(Frozen(1, (2,))), {fz: 1}[Frozen(1, (2,))])
attempt("frozen set", lambda: setattr(fz, "a", 2))
attempt("frozen del", lambda: delattr(fz, "a"))
attempt("frozen new attr", lambda: setattr(fz, "c", 2))
print(replace(fz, a=5), isinstance(FrozenInstanceError("x"), AttributeError))
@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: int = field(default=0, hash=False)
print(hash(Hashy(3)) == hash((3,)), Hashy(3) == Hashy(3))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

# --- case: post_init InitVar ClassVar kw_only
@dataclass
class Circle:
    radius: float
    scale: InitVar[float] = 1.0
    area: float = field(init=False)
    unit: ClassVar[str] = "cm"
    def __post_init__(self, scale):
        self.radius *= scale
        self.area = round(3.14159 * self.radius ** 2, 2)
c = Circle(2.0, scale=2.0)
print(c, Circle.unit, [f.name for f in fields(Circle)], sorted(Circle.__dataclass_fields__))
print(repr(Circle.__dataclass_fields__["scale"].type), Circle.__dataclass_fields__["unit"]._field_type)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
attempt("kw only positional", lambda: Opts(True, 3))
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3), Mixed.__match_args__)
@dataclass
class Fac:
    items: list = field(default_factory=lambda: [1, 2])
    n: int = field(default_factory=int)
print(Fac(), Fac([9]), Fac().items is not Fac().items)

# --- case: inheritance and nesting
@dataclass
class Base:
    x: int
    y: int = 1
@dataclass
class Child(Base):
    z: int = 5
    x: int = 10
print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)
ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2), (3, {"k": Point(4, 4)})])
print(asdict(ln))
print(astuple(ln))
print(asdict(ln, dict_factory=lambda items: sorted(items)))

# --- case: make_dataclass slots params
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))], namespace={"double": lambda self: self.b * 2})
m = M(1, 2)
print(m, m.double(), M.__name__, [f.type for f in fields(M)])
attempt("bad field", lambda: make_dataclass("Z", ["class"]))
attempt("dup field", lambda: make_dataclass("Z", ["a", "a"]))
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
attempt("slot new attr", lambda: setattr(s, "c", 1))
print(Point.__dataclass_params__)
@dataclass
class Recursive:
    child: object = None
r = Recursive(); r.child = r
print(r)
@dataclass
class WithRepr:
    v: int
    def __repr__(self):
        return "custom"
print(WithRepr(1), WithRepr(1) == WithRepr(1))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), Empty.__doc__)
