"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API."""
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: basics
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED))
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(Color.__members__, list(Color.__members__))
print(Color.RED in Color, 1 in Color, 7 in Color, isinstance(Color.GREEN, Color), repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash("RED"))
print(f"{Color.RED}", format(Color.GREEN), f"[{Color.BLUE:>12}]", str(Color.BLUE))
print(list(reversed(Color)), Color._member_names_, sorted(Color._value2member_map_))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.name))
print(EnumMeta is EnumType, type(Color) is EnumType, Color.RED.__class__.__name__)
print(dir(Color), dir(Color.RED))

# --- case: errors
attempt("bad value", lambda: Color(7))
attempt("bad name", lambda: Color["PINK"])
attempt("reassign", lambda: setattr(Color, "RED", 5))
attempt("delete", lambda: delattr(Color, "RED"))
attempt("set value", lambda: setattr(Color.RED, "value", 5))
attempt("compare", lambda: Color.RED < Color.GREEN)
def reuse():
    class X(Enum):
        A = 1
        A = 2
attempt("reuse", reuse)
def extend():
    class More(Color):
        PINK = 9
attempt("extend", extend)
attempt("unique", lambda: unique(Color))

# --- case: auto and methods
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((5.976e+24, 6.37814e6)))
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    NEXT = auto()
print([(o.name, o.value) for o in Ordinal], repr(auto()))
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print(Lower.ALPHA.value, Lower.BETA.value)
class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    def describe(self):
        return f"{self.name.lower()} with {self.value} sides"
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda s: s.value)
print(Shape.SQUARE.describe(), Shape.biggest())
class Fallback(Enum):
    UNKNOWN = 0
    ONE = 1
    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN
print(Fallback(5), Fallback(1))
class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
attempt("bad missing", lambda: BadMissing(3))
@unique
class Uniq(Enum):
    A = 1
    B = 2
print(list(Uniq))
attempt("not unique", lambda: unique(Enum("U", [("a", 1), ("b", 1)])))

# --- case: IntEnum StrEnum
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW, repr(Prio.HIGH), Prio.LOW + 1, Prio.HIGH > Prio.LOW, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]))
print(f"{Prio.HIGH}", f"{Prio.HIGH:03d}", str(Prio.LOW), int(Prio.HIGH), Prio(3), [1, 2, 3, 4][Prio.HIGH])
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), f"{Mode.WRITE}", Mode("w"))
attempt("strenum int", lambda: StrEnum("S", [("a", 1)]))
print(isinstance(Prio.LOW, int), isinstance(Mode.READ, str), Prio.__mro__)

# --- case: Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
RW = Perm.R | Perm.W
print(RW, repr(RW), RW.name, RW.value, Perm.R in RW, Perm.X in RW, list(RW), len(RW))
print(repr(Perm(7)), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), repr(~Perm.R), repr(~Perm(0)))
print(repr(Perm.R & Perm.W), repr(Perm.R ^ RW), repr(Perm(-1)), list(Perm), repr(Perm))
attempt("flag strict", lambda: Perm(8))
attempt("flag or int", lambda: Perm.R | 1)
attempt("in int", lambda: 1 in Perm.R)
class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color2], repr(Color2.WHITE), repr(Color2(3)), list(Color2.__members__))
class F(IntFlag):
    A = 1
    B = 2
print(repr(F.A | F.B), F.A | F.B, repr(F(8)), repr(F(9)), repr(F.A | 4), F.A + 1, repr(~F.A))
print(repr(3 | F.A), repr(F(0)), str(F(0)), F.A == 1, isinstance(F.A, int))

# --- case: functional API
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__)
print(list(Enum("E", "a,b", start=0)), list(Enum("D", {"x": "y"})), list(Enum("P", [("p", 5)])))
I = IntEnum("I", ["one", "two"]); print(I.two + 1, repr(I.one))
Q = Flag("Q", "a b c"); print(Q.c.value, repr(Q.a | Q.c))
S = Enum("S", "x y", type=str) if False else None

# --- case: match
def classify(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "cool"
print([classify(c) for c in Color])
print(dir(Shape))
