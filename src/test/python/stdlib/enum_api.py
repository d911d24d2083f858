# enum: reprs/str/format of every enum kind, auto, unique, verify, member/nonmember,
# _missing_, _generate_next_value_, flags (iteration, boundaries, pseudo-members), EnumDict.
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique, verify,
                  member, nonmember, EnumCheck, FlagBoundary, EnumType, EnumDict,
                  CONTINUOUS, NAMED_FLAGS, UNIQUE, STRICT, CONFORM, EJECT, KEEP)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Num(IntEnum):
    ONE = 1
    TWO = 2


class Word(StrEnum):
    A = auto()
    Bee = auto()
    C = "see"


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


for m in [Color.RED, Color.CRIMSON, Num.TWO, Word.Bee, Perm.R, Perm.R | Perm.W, Perm(0),
          IPerm.R | IPerm.X, IPerm(0), IPerm(8), Perm.RWX, ~Perm.R, ~IPerm.R]:
    print(repr(m), "|", str(m), "|", format(m), "|", f"{m!s:>12}|", m.name, m.value)
print(list(Color), Color.__members__.keys(), len(Color), Color["GREEN"], Color(3))
print(Color.CRIMSON is Color.RED, Color.RED in Color, 1 in Color, 5 in Color)
print(list(Perm), list(Perm.RWX), list(IPerm.R | IPerm.W), len(Perm.RWX), Perm.R in Perm.RWX)
print(Num.ONE + 1, Num.TWO * 2, Num(2), Num.ONE == 1, sorted([Num.TWO, Num.ONE]))
print(Word.A.upper(), Word.Bee + "!", Word("see"), [w.value for w in Word])
print(Perm.R | 8 if False else "skip", IPerm.R | 8, IPerm.R & 6, IPerm.R ^ IPerm.W, IPerm.R + 1)
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Num(5), lambda: Perm(8)]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto()
    SECOND = auto()


print(list(Auto), [a.value for a in Auto])


class Counted(Enum):
    A = auto()
    B = 10
    C = auto()


print([c.value for c in Counted])


class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()


print([f.value for f in AutoFlag], AutoFlag.A | AutoFlag.C)


class Missing(Enum):
    ONE = "one"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == "one":
            return cls.ONE
        return None


print(Missing("ONE"))
try:
    Missing("two")
except ValueError as e:
    print("ValueError", e)


class Members(Enum):
    A = 1
    helper = nonmember(3)

    @member
    def fn(self):
        return 5

    def method(self):
        return self.value * 2

    @property
    def double(self):
        return self.value * 2

    @classmethod
    def cls_method(cls):
        return cls.__name__


print([m.name for m in Members], Members.fn.value(None), Members.helper, Members.A.method(), Members.A.double, Members.cls_method())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
try:
    @verify(NAMED_FLAGS)
    class Unnamed(Flag):
        A = 1
        AB = 3
except ValueError as e:
    print("ValueError", e)
try:
    @verify(UNIQUE)
    class Dup2(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
print(repr(CONTINUOUS), str(UNIQUE), list(EnumCheck), list(FlagBoundary))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print("ValueError", e)
print(repr(Conform(7)), repr(Eject(7)), repr(Keep(7)), Keep(7).value, Perm._boundary_, IPerm._boundary_)
print(repr(Color), repr(Perm), Color.__name__, type(Color), isinstance(Color, EnumType), enum.EnumMeta is EnumType)
Dyn = Enum("Dyn", "A B C")
Dyn2 = Enum("Dyn2", [("X", 10), ("Y", 20)], module=__name__)
Dyn3 = IntEnum("Dyn3", {"P": 5}, start=3)
Dyn4 = Enum("Dyn4", "A B", start=10)
print(list(Dyn), list(Dyn2), list(Dyn3), list(Dyn4), Dyn2.__module__)
print(Color.RED.__reduce_ex__(2), hash(Color.RED) == hash(Color.RED), Color.RED < Color.BLUE if False else "")
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(Color):
        PURPLE = 9
except TypeError as e:
    print("TypeError", e)
print(sorted(dir(Color.RED)), sorted(n for n in dir(Color) if not n.startswith("__")))
print(enum.global_enum_repr(Color.RED) if hasattr(enum, "global_enum_repr") else "",
      enum.global_str(Color.RED), enum.global_flag_repr(Perm.R | Perm.W))
print(enum.show_flag_values(7), enum.show_flag_values(0))
print(Color._member_names_, Color._value2member_map_ == {1: Color.RED, 2: Color.GREEN, 3: Color.BLUE})
print(Perm._flag_mask_, Perm._all_bits_, Perm._singles_mask_ if hasattr(Perm, "_singles_mask_") else "")
print(enum.pickle_by_enum_name.__name__, enum.pickle_by_global_name.__name__)
d = EnumDict()
d["A"] = 1
d["_sunder_ignore"] = 2
print(d.member_names if hasattr(d, "member_names") else None, dict(d))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.label, Coord(1), Coord.PX.value)


try:
    class Shape(ReprEnum):
        SQ = 1
except TypeError as e:
    print("TypeError", e)


class IntShape(int, ReprEnum):
    SQ = 1


print(repr(IntShape.SQ), str(IntShape.SQ), format(IntShape.SQ))


class FloatEnum(float, Enum):
    HALF = 0.5


print(repr(FloatEnum.HALF), str(FloatEnum.HALF), format(FloatEnum.HALF, ">20"), FloatEnum.HALF + 1)


@enum.global_enum
class Glob(IntEnum):
    GA = 1


print(repr(Glob.GA), str(Glob.GA), GA)


class WithIgnore(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1


print(list(WithIgnore), enum.property is not None)
print(Perm.R._numeric_repr_(4) if hasattr(Perm.R, "_numeric_repr_") else "")
print(IPerm(5).name, Perm(6).name, Perm(0).name, bool(Perm(0)), bool(Perm.R))


@__import__("dataclasses").dataclass(frozen=True)
class Spec:
    v: int
    hidden: int = __import__("dataclasses").field(default=0, repr=False)


class SpecEnum(Spec, Enum):
    ONE = 1
    TWO = 2, 5


print(SpecEnum.ONE, repr(SpecEnum.TWO), SpecEnum.ONE.v, SpecEnum.TWO.value, SpecEnum(Spec(1)))


class Ordered(Enum):
    _order_ = "A B"
    A = 1
    B = 2


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError", e)


class Labelled(Enum):
    A = 1

    @enum.property
    def label(self):
        return self.name.lower()


print(Labelled.A.label, list(reversed(Color)), Enum("Animal", "ANT BEE", qualname="Mod.Animal").__qualname__)
