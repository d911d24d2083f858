# typing: reprs, get_origin/get_args, get_type_hints, TypedDict, NamedTuple, Protocol,
# TypeVar/ParamSpec/TypeVarTuple, Annotated, Literal, NewType and the IO classes.
import typing
from typing import (Any, Annotated, Callable, ClassVar, Final, Generic, Literal, NamedTuple,
                    NewType, Optional, ParamSpec, Protocol, Self, TypedDict, TypeVar,
                    TypeVarTuple, Union, Never, NoReturn, Required, NotRequired, ReadOnly,
                    Concatenate, Unpack, TypeGuard, TypeIs, LiteralString, TypeAliasType)

T = TypeVar("T")
K = TypeVar("K", bound=int)
C = TypeVar("C", str, bytes, covariant=True)
D = TypeVar("D", default=int)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
for tv in (T, K, C, D, P, Ts):
    print(repr(tv), tv.__name__, getattr(tv, "__bound__", None), getattr(tv, "__constraints__", None),
          getattr(tv, "__covariant__", None), tv.has_default(), tv.__default__)
print(repr(typing.T), repr(typing.KT), repr(typing.VT), repr(typing.T_co), repr(typing.T_contra),
      repr(typing.CT_co), repr(typing.VT_co), repr(typing.V_co), repr(typing.AnyStr))
print(P.args, P.kwargs, repr(Unpack[Ts]), repr(*Ts))

hints = [Optional[int], Union[int, str], Union[int, None, str], int | None, list[int],
         typing.List[int], typing.Dict[str, typing.List[int]], Callable[[int, str], bool],
         Callable[..., int], Callable[P, int], Callable[Concatenate[int, P], int],
         Literal[1, "a", None], Annotated[int, "meta", 3], ClassVar[int], Final[str],
         tuple[int, ...], typing.Tuple[()], type[int], typing.Type[str], Required[int],
         NotRequired[str], ReadOnly[int], TypeGuard[int], TypeIs[str], typing.Sequence[T],
         typing.Mapping[K, T], tuple[Unpack[Ts]], typing.Iterable, typing.Pattern[str],
         typing.AbstractSet[int], typing.DefaultDict[str, int], typing.OrderedDict[str, int]]
for hint in hints:
    print(repr(hint), "|", typing.get_origin(hint), "|", typing.get_args(hint))
print(Union[int, int], Union[int], Optional[Union[int, str]], Literal[1, 1, 2])
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], hash(Union[int, str]) == hash(Union[str, int]))
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__, Annotated[int, 1].__origin__)
for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: ClassVar[int, str],
            lambda: ClassVar[(int,)], lambda: Required[int, str], lambda: TypeGuard[()],
            lambda: Annotated[int], lambda: Literal, lambda: Final[int, int], lambda: Generic[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


print(Box[int], Box[int].__origin__, Box[int].__args__, Box.__parameters__, Box(3).item)
print(typing.get_origin(Box[int]), typing.get_args(Box[int]), Box[int](5).item)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)


class Pair(Box[K], Generic[K, T]):
    pass


print(Pair.__parameters__, Pair[int, str], Pair.__orig_bases__)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Movie2(Movie, total=False):
    rating: float
    director: Required[str]


m = Movie(title="x")
print(m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
print(typing.get_type_hints(Movie2))
print(typing.get_type_hints(Movie2, include_extras=True))
print(typing.is_typeddict(Movie), typing.is_typeddict(dict))
Functional = TypedDict("Functional", {"a": int, "b": str}, total=False)
print(Functional.__optional_keys__ == {"a", "b"}, Functional.__name__)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return self.x + self.y


p = Point(3)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, p._replace(y=4))
print(p._asdict(), Point._make([1, 2]), isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError", e)


@typing.runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class HasX(Protocol):
    x: int


class Res:
    def close(self):
        pass


print(isinstance(Res(), Closable), isinstance(3, Closable), issubclass(Res, Closable))
try:
    isinstance(Res(), HasX)
except TypeError as e:
    print("TypeError", e)
print(typing.is_protocol(HasX), typing.is_protocol(Res), sorted(typing.get_protocol_members(Closable)))
print(isinstance([], typing.Iterable), isinstance({}, typing.Mapping), issubclass(list, typing.Sequence))
print(isinstance(3, typing.SupportsInt), isinstance("a", typing.SupportsIndex), isinstance(2.0, typing.SupportsRound))

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__name__, UserId.__supertype__, repr(UserId))


def f(a: int, b: "str" = "x", *args: T, c: Optional["Box[int]"] = None, **kw: float) -> list[int]:
    return []


print(typing.get_type_hints(f))


class WithVars:
    a: ClassVar[int] = 3
    b: Final = 4
    c: Annotated[int, "m"]
    d: "Optional[WithVars]"


print(typing.get_type_hints(WithVars))
print(typing.get_type_hints(WithVars, include_extras=True))


@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x):
    return x


print(g(3), len(typing.get_overloads(g)))
typing.clear_overloads()
print(typing.get_overloads(g))
print(typing.cast(int, "x"), typing.cast("List[int]", 3), typing.TYPE_CHECKING)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(typing.assert_type(3, int), typing.reveal_type.__name__)


@typing.final
class Leaf:
    @typing.final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__)


class Over:
    @typing.override
    def m(self):
        pass


print(Over.m.__override__)


@typing.no_type_check
def ntc(a: int) -> str:
    pass


print(ntc.__no_type_check__, typing.get_type_hints(ntc))
print(repr(Any), repr(Never), repr(NoReturn), repr(Self), repr(LiteralString), repr(typing.TypeAlias))
type Alias[V] = list[V]
print(Alias, Alias.__value__, Alias.__type_params__, Alias[int], type(Alias) is TypeAliasType)
print(typing.TypedDict.__module__, typing.NamedTuple.__module__)
print(isinstance(3, Any) if False else "skip", issubclass(int, typing.Hashable))


class Sub(Any):
    pass


print(Sub.__mro__[1:2])
print(sorted(n for n in typing.IO.__dict__ if not n.startswith("_")))
print(sorted(n for n in typing.TextIO.__dict__ if not n.startswith("_")))
print(sorted(n for n in typing.BinaryIO.__dict__ if not n.startswith("_")))
print(typing.IO[str], typing.get_origin(typing.IO[bytes]))
print(typing.Text is str, typing.ByteString, typing.AnyStr.__constraints__)
print(typing.get_args(Callable[[int], str]), typing.get_args(Callable[..., str]))
print(typing.get_args(Literal[1, 2]), typing.get_args(int), typing.get_origin(int))
print(typing.get_origin(typing.Generic), typing.get_origin(Annotated[int, 1]), typing.get_origin(P.args))
print(typing.evaluate_forward_ref if hasattr(typing, "evaluate_forward_ref") else "no efr")
print(typing.ForwardRef("int"), typing.ForwardRef("int") == typing.ForwardRef("int"))


def dec_p(fn: Callable[P, T]) -> Callable[P, list[T]]:
    return fn


print(typing.get_type_hints(dec_p))
print(typing.dataclass_transform()(Box) is Box, typing.Protocol.__name__)
