"""typing: aliases, special forms, TypeVar, Generic, Protocol, NamedTuple, TypedDict, hints."""
import collections.abc
import typing
from typing import (Any, Union, Optional, Literal, Final, ClassVar, Annotated, Callable,
                    Tuple, List, Dict, Set, FrozenSet, Type, Iterable, Iterator, Generator,
                    Sequence, Mapping, MutableMapping, TypeVar, ParamSpec, TypeVarTuple,
                    Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType,
                    Required, NotRequired, cast, overload, final, no_type_check,
                    get_type_hints, get_origin, get_args, assert_never, Self, Never,
                    NoReturn, LiteralString, override, get_overloads, Concatenate)


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: reprs of aliases and special forms
T = TypeVar("T")
for x in [List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str],
          Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[..., int],
          Callable[[int, str], None], Literal[1, "a", None], Annotated[int, "meta", 3],
          List, Iterable[int], Mapping[str, T], Type[int], FrozenSet[bytes], Set[T],
          Any, Self, Never, NoReturn, LiteralString, ClassVar[int], Final[int], Final,
          ClassVar, Optional, Union, Literal, Generic[T], List["int"], Generator[int, None, str],
          Sequence[Union[int, str]], MutableMapping[str, Any], Iterator[T], typing.Hashable]:
    print(repr(x))

# --- case: Union semantics
print(Union[int, Union[str, float]], Union[int, int], Union[int], Union[int, str] == Union[str, int])
print(Union[int, str] == Union[int, float], Optional[Optional[int]], Union[int, str | None])
print(isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]), issubclass(bool, Union[int, str]))
print(int | List[int], List[int] | None, hash(Union[int, str]) == hash(Union[str, int]))
attempt("empty union", lambda: Union[()])
attempt("union bad", lambda: Union[1])

# --- case: Literal semantics
print(Literal[1, 2, 1], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[Literal[1], 2])

# --- case: get_origin and get_args
for x in [List[int], Dict[str, int], Union[int, str], Optional[int], int | str, list[int],
          Callable[[int], str], Callable[..., str], Annotated[int, 1, 2], Literal["x"],
          Tuple[()], Tuple[int, ...], ClassVar[int], List, Generic, Generic[T], int, T]:
    print(repr(x), get_origin(x), get_args(x))

# --- case: alias equality and calls
print(List[int] == List[int], List[int] == List[str], List[int] == list[int], hash(Dict[str, int]) == hash(Dict[str, int]))
print(isinstance([], List), isinstance({}, Mapping), issubclass(dict, MutableMapping), isinstance(3, Iterable))
attempt("isinstance subscripted", lambda: isinstance([], List[int]))
attempt("List()", lambda: List())
attempt("Deque()", lambda: typing.Deque[int]([1, 2]))
attempt("Hashable[int]", lambda: typing.Hashable[int])
attempt("Dict[int]", lambda: Dict[int])
attempt("Any()", lambda: Any())
attempt("isinstance Any", lambda: isinstance(1, Any))
attempt("ClassVar()", lambda: ClassVar())

# --- case: TypeVar
K = TypeVar("K", bound=int)
C = TypeVar("C", int, str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(repr(T), repr(Co), repr(Contra), T.__name__, K.__bound__, C.__constraints__, T.__bound__, T.__constraints__)
print(T.__covariant__, Co.__covariant__, Contra.__contravariant__, T.__module__, T.has_default(), T.__default__)
print(T | int, Optional[T], List[T][int], Dict[K, List[T]][int, str], Mapping[T, T][int])
attempt("single constraint", lambda: TypeVar("X", int))
attempt("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
attempt("too many", lambda: List[T][int, str])
attempt("not generic", lambda: List[int][str])

# --- case: ParamSpec and TypeVarTuple
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(repr(P), P.args, P.kwargs, get_origin(P.args) is P, P.args == P.args, repr(Ts))
print(Callable[P, int], Callable[Concatenate[int, P], int], get_args(Callable[P, int]))
print(typing.Unpack[Ts], [*Ts], Tuple[int, *Ts])


# --- case: Generic classes
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[K, T]):
    pass


class IntBox(Box[int]):
    pass


class Sub(Box[T], Pair[K, T]):
    pass


print(Box.__parameters__, Box[int], Box[List[int]], Pair[int, str], IntBox.__parameters__)
print(Box.__mro__, IntBox.__orig_bases__, Sub.__parameters__)
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b).__name__, isinstance(b, Box), get_origin(Box[int]), get_args(Box[int]))
print(Box[int] == Box[int], Box[int] == Box[str], Box[T][str])
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("IntBox[int]", lambda: IntBox[int])
attempt("Pair[int]", lambda: Pair[int])
attempt("plain Generic", lambda: type("Bad", (Generic,), {}))


class Listy(List[T]):
    pass


print(Listy.__mro__, Listy.__parameters__, Listy([1, 2]))


class Multi(Iterable[T], Generic[T]):
    def __iter__(self):
        return iter(())


print(Multi.__mro__[1:], Multi.__parameters__)


# --- case: Protocol
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class NotRuntime(Protocol):
    def run(self): ...


class File:
    def close(self):
        pass


class Person:
    def __init__(self):
        self.name = "x"


print(isinstance(File(), Closable), isinstance(1, Closable), issubclass(File, Closable), issubclass(int, Closable))
print(isinstance(Person(), Named), isinstance(File(), Named))
print(sorted(typing.get_protocol_members(Closable)), sorted(typing.get_protocol_members(Named)))
print(typing.is_protocol(Closable), typing.is_protocol(File), typing.is_protocol(Protocol))
attempt("instantiate protocol", lambda: Closable())
attempt("not runtime", lambda: isinstance(1, NotRuntime))
attempt("issubclass data", lambda: issubclass(Person, Named))
attempt("runtime_checkable on class", lambda: runtime_checkable(File))


class Explicit(Closable):
    pass


print(isinstance(Explicit(), Closable), Explicit().close(), Closable.__dict__.get("_is_protocol"), Explicit._is_protocol)
print(isinstance(3, typing.SupportsInt), isinstance("3", typing.SupportsInt), isinstance(2.5, typing.SupportsIndex), isinstance(1.5, typing.SupportsAbs))


@runtime_checkable
class SizedIter(Protocol[T]):
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[T]: ...


print(isinstance([1], SizedIter), isinstance(iter([1]), SizedIter), SizedIter[int], SizedIter.__parameters__)


# --- case: NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1), isinstance(p, tuple))
print(Point.__mro__, p._asdict(), Point._make([1, 2, "q"]))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp.__annotations__, Emp._fields)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as exc:
    print("TypeError", exc)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self):
            pass
except AttributeError as exc:
    print("AttributeError", exc)


# --- case: TypedDict
class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(Movie, total=False):
    rating: float
    director: Required[str]


class Tagged(TypedDict):
    tag: NotRequired[str]
    id: int


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(PartialMovie.__total__, sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__))
print(sorted(Tagged.__required_keys__), sorted(Tagged.__optional_keys__), Movie.__annotations__)
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), PartialMovie.__mro__)
attempt("isinstance typeddict", lambda: isinstance(m, Movie))
Func = TypedDict("Func", {"a": int, "b": str}, total=False)
print(Func(a=1), sorted(Func.__optional_keys__), Func.__annotations__, Func.__name__)
print(get_type_hints(PartialMovie))
print(get_type_hints(PartialMovie, include_extras=True)["director"])

# --- case: NewType
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | None)
try:
    class Sub2(UserId):
        pass
except TypeError as exc:
    print("TypeError", exc)


# --- case: get_type_hints
class Node:
    value: int
    children: "List[Node]"
    parent: "Optional[Node]" = None
    tag: ClassVar[str] = "n"
    meta: Annotated[int, "unit"]


class Leaf(Node):
    weight: "float"


def fn(a: "int", b: List["Node"], c: None = None, *args: str, **kw: "Annotated[int, 1]") -> "Leaf":
    pass


print(get_type_hints(Node))
print(get_type_hints(Leaf))
print(get_type_hints(fn))
print(get_type_hints(fn, include_extras=True)["kw"])
print(get_type_hints(len), get_type_hints(lambda: 0))


@no_type_check
def untyped(a: "nonsense") -> "more nonsense":
    pass


print(get_type_hints(untyped), untyped.__no_type_check__)
ref = typing.ForwardRef("int")
print(ref, ref == typing.ForwardRef("int"), ref.__forward_arg__)


# --- case: cast, overload, final, override, assert_never
print(cast(int, "not really"), cast("List[int]", 5))


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x


print(conv(3), len(get_overloads(conv)))
typing.clear_overloads()
print(len(get_overloads(conv)))


@final
class Leafy:
    @final
    def m(self):
        pass

    @override
    def __repr__(self):
        return "Leafy"


print(Leafy.__final__, Leafy.m.__final__, Leafy.__repr__.__override__, Leafy())
attempt("assert_never", lambda: assert_never(42))
attempt("assert_never long", lambda: assert_never("x" * 200))
print(typing.assert_type(5, int), typing.reveal_type(7), typing.TYPE_CHECKING)


# --- case: dataclass_transform and misc
@typing.dataclass_transform(kw_only_default=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.Text is str, typing.AnyStr, typing.AnyStr.__constraints__, typing.NoDefault)
print(Any, type(Any).__name__, isinstance(Any, type))


class MyAny(Any):
    pass


print(MyAny.__mro__[1] is Any, MyAny() is not None)
