"""Support for type hints (typing module).

The runtime side of type hints: special forms such as Union, Optional and
Literal, subscriptable aliases of the builtin and abstract collections
(List[int], Mapping[str, int], ...), type variables, Generic and Protocol
base classes, NamedTuple and TypedDict class syntax, and the introspection
helpers get_type_hints, get_origin and get_args.
"""

import collections
import collections.abc
import contextlib
import functools
import operator
import sys
from abc import ABCMeta, abstractmethod
from types import GenericAlias, MethodDescriptorType, MethodWrapperType, WrapperDescriptorType

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final",
    "ForwardRef", "Generic", "Literal", "Optional", "ParamSpec", "Protocol",
    "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union",
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable",
    "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
    "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine",
    "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List",
    "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator",
    "BinaryIO", "IO", "TextIO", "AnyStr",
    "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin",
    "get_overloads", "get_protocol_members", "get_type_hints", "is_protocol",
    "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoDefault", "NoReturn", "NotRequired",
    "overload", "override", "ParamSpecArgs", "ParamSpecKwargs", "ReadOnly",
    "Required", "reveal_type", "runtime_checkable", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "TypeIs", "TypeAliasType",
    "Unpack",
]

TYPE_CHECKING = False

_NoneType = type(None)
_GenericAliasType = type(list[int])
_UnionType = type(int | str)
_FunctionType = type(lambda: None)


def _caller_module(depth=2, default="__main__"):
    """The __name__ of the module `depth` frames up the stack."""
    try:
        return sys._getframe(depth).f_globals.get("__name__", default)
    except (AttributeError, ValueError):
        return default


def _type_repr(obj):
    """How typing shows a type argument: builtins without their module,
    other classes as module.qualname, ... as it is written."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, (tuple, list)):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _is_typevar_like(obj):
    if isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple)):
        return True
    # Type parameters made by PEP 695 syntax come from the interpreter.
    kind = type(obj)
    return (getattr(kind, "__module__", None) == "typing"
            and kind.__name__ in ("TypeVar", "ParamSpec", "TypeVarTuple"))


def _is_param_spec(obj):
    if isinstance(obj, ParamSpec):
        return True
    kind = type(obj)
    return getattr(kind, "__module__", None) == "typing" and kind.__name__ == "ParamSpec"


def _has_default(param):
    default = getattr(param, "__default__", NoDefault)
    return default is not NoDefault and default is not None


def _is_dunder(name):
    return name.startswith("__") and name.endswith("__")


def _type_convert(arg, module=None):
    """None stands for NoneType, a string for a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, module=None):
    """Checks that arg can be used as a type argument and returns it converted."""
    arg = _type_convert(arg, module)
    if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_parameters(args):
    """The type variables found in args, in order of first appearance."""
    found = []

    def add(param):
        if not any(param is p for p in found):
            found.append(param)

    for arg in args:
        if isinstance(arg, type) and not isinstance(arg, _GenericAliasType):
            continue
        if _is_typevar_like(arg):
            add(arg)
        elif isinstance(arg, (tuple, list)):
            for param in _collect_parameters(arg):
                add(param)
        else:
            for param in getattr(arg, "__parameters__", ()) or ():
                add(param)
    return tuple(found)


def _substitute(arg, mapping):
    """Replaces the type variables in arg by their values in mapping (a list of pairs)."""
    for param, value in mapping:
        if arg is param:
            return value
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_substitute(a, mapping) for a in arg)
    if isinstance(arg, type) and not isinstance(arg, _GenericAliasType):
        return arg
    params = getattr(arg, "__parameters__", None)
    if params and isinstance(params, tuple):
        values = tuple(_substitute(p, mapping) for p in params)
        if isinstance(arg, _UnionType):
            return functools.reduce(operator.or_, _substitute(arg.__args__, mapping))
        return arg[values[0] if len(values) == 1 else values]
    return arg


def _deduplicate(args):
    unique = []
    for arg in args:
        if arg not in unique:
            unique.append(arg)
    return unique


# ============================================================ special forms

class _Final:
    """Mixin forbidding subclassing of typing's internal classes."""
    __slots__ = ()

    def __init_subclass__(cls, /, *args, _root=False, **kwargs):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated on demand."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            self.__forward_code__ = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, type_params=None, *, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), "__dict__", globalns)
        if globalns is None and localns is None:
            globalns = localns = {}
        elif globalns is None:
            globalns = localns
        elif localns is None:
            localns = globalns
        if type_params:
            localns = dict(localns)
            for param in type_params:
                localns.setdefault(param.__name__, param)
        value = eval(self.__forward_code__, globalns, localns)
        value = _type_check(value, "Forward references must evaluate to types.")
        value = _eval_type(value, globalns, localns, type_params,
                           recursive_guard | {self.__forward_arg__})
        self.__forward_value__ = value
        self.__forward_evaluated__ = True
        return value

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = "" if self.__forward_module__ is None else f", module={self.__forward_module__!r}"
        return f"ForwardRef({self.__forward_arg__!r}{module})"


class _SpecialForm(_Final, _root=True):
    """A special typing construct such as Union or ClassVar, made from the
    function that implements its subscription."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type compatible with every type.  It may be subclassed, to
    say that a class is compatible with anything."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _bare_form(name, doc):
    def getitem(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


NoReturn = _bare_form("NoReturn", "The type of functions that never return.")
Never = _bare_form("Never", "The bottom type, which has no members.")
Self = _bare_form("Self", "The type of the current enclosing class.")
LiteralString = _bare_form("LiteralString", "The type of literal strings.")
TypeAlias = _bare_form("TypeAlias", "Marks an explicit type alias.")


def _one_arg_form(name, doc, allow_special=False):
    def getitem(self, parameters):
        # Any tuple, even of one item, is refused; the TypedDict qualifiers word it differently.
        message = (f"{name} accepts only a single type." if allow_special
                   else f"{self} accepts only single type.")
        if isinstance(parameters, tuple):
            raise TypeError(f"{message} Got {parameters!r:.100}.")
        item = _type_convert(parameters) if allow_special else _type_check(parameters, message)
        return _GenericAlias(self, (item,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


ClassVar = _one_arg_form("ClassVar", "Marks a class variable.")
Final = _one_arg_form("Final", "Marks a name that cannot be reassigned or overridden.")
TypeGuard = _one_arg_form("TypeGuard", "Marks a user-defined type guard function.")
TypeIs = _one_arg_form("TypeIs", "Marks a type narrowing function.")
Required = _one_arg_form("Required", "Marks a TypedDict key as required.", True)
NotRequired = _one_arg_form("NotRequired", "Marks a TypedDict key as possibly missing.", True)
ReadOnly = _one_arg_form("ReadOnly", "Marks a TypedDict key as read-only.", True)


def _flatten_union(parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias) or isinstance(p, _UnionType):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return flat


def Union(self, parameters):
    """Union[X, Y] means either X or Y; nested unions are flattened,
    duplicates removed and a single argument stands for itself."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = tuple(_deduplicate(_flatten_union(parameters)))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


Union = _SpecialForm(Union)


def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


Optional = _SpecialForm(Optional)


def Literal(self, parameters):
    """Literal[v, ...]: exactly the given values."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    unique, seen = [], []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


Literal = _SpecialForm(Literal)


def Concatenate(self, parameters):
    """Concatenate[X, Y, P]: a ParamSpec P prefixed by the parameters X and Y."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or _is_param_spec(parameters[-1])):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


Concatenate = _SpecialForm(Concatenate)


def Unpack(self, parameters):
    """Unpack[Ts] (also written *Ts) unpacks a TypeVarTuple or a tuple type."""
    item = _type_check(parameters, f"{self} accepts only single type.")
    return _UnpackGenericAlias(self, (item,))


Unpack = _SpecialForm(Unpack)


def Annotated(self, params):
    """Annotated[T, x, ...]: the type T carrying the metadata x, ..."""
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
    return _AnnotatedAlias(origin, tuple(params[1:]))


Annotated = _SpecialForm(Annotated)


class _NoDefaultType:
    """The marker of a type parameter without a default."""
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self):
        return "typing.NoDefault"

    def __reduce__(self):
        return "NoDefault"


NoDefault = _NoDefaultType()


# ============================================================ type variables

class _TypeVarLike:
    """What TypeVar, ParamSpec and TypeVarTuple share."""

    def _setup(self, name, default, module):
        self.__name__ = name
        self.__default__ = NoDefault if default is NoDefault else _type_convert(default)
        self.__module__ = module

    def has_default(self):
        return self.__default__ is not NoDefault

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, /, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{cls.__mro__[1].__module__}.{cls.__mro__[1].__name__}' "
                            "is not an acceptable base type")
        super().__init_subclass__(*args, **kwargs)

    def __typing_subst__(self, arg):
        return arg

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T'), optionally bound, constrained,
    covariant or contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=NoDefault):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__constraints__ = tuple(
            _type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
            for t in constraints)
        self.__bound__ = None if bound is None else \
            _type_check(bound, "Bound must be a type.")
        self._setup(name, default, _caller_module())

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class TypeVarTuple(_TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts'), used as *Ts."""

    def __init__(self, name, *, default=NoDefault):
        self._setup(name, default, _caller_module())

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs:
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs:
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P'), standing for
    the parameters of a callable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=NoDefault):
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        # CPython 3.13 reports a missing bound of a ParamSpec as NoneType.
        self.__bound__ = _NoneType if bound is None else _type_check(bound, "Bound must be a type.")
        self._setup(name, default, _caller_module())

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)
AnyStr.__module__ = "typing"

# The type variables typing itself uses in its generic aliases; they are public names of the
# module in CPython, and some code imports them.
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)
for _tv in (T, KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = "typing"
del _tv


# ============================================================ generic aliases

class _BaseGenericAlias(_Final, _root=True):
    """What every typing alias shares: the origin it stands for, whether it
    may be called, and how it turns into bases of a class."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias)
                   or (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(super().__dir__()) | {a for a in dir(self.__origin__) if not _is_dunder(a)})


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], ClassVar[int], MyGeneric[T], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        mapping = _bind_parameters(self, self.__parameters__, args)
        new_args = []
        for arg in self.__args__:
            if isinstance(arg, _UnpackGenericAlias) and isinstance(arg.__args__[0], TypeVarTuple):
                value = _substitute(arg.__args__[0], mapping)
                new_args.extend(value if isinstance(value, tuple) else (value,))
            else:
                new_args.append(_substitute(arg, mapping))
        return self.copy_with(tuple(new_args))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f"{name}[{args}]"

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__[0] if len(self.__args__) == 1 else self.__args__
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _TypingEllipsis:
    """Internal marker for ... in argument lists."""


def _bind_parameters(alias, params, args):
    """Pairs each of params with its value among args, handling a
    TypeVarTuple (taking the surplus) and a lone ParamSpec (taking all)."""
    if len(params) == 1 and _is_param_spec(params[0]):
        if not (len(args) == 1 and (isinstance(args[0], (list, tuple)) or args[0] is ...
                                    or _is_param_spec(args[0])
                                    or isinstance(args[0], _ConcatenateGenericAlias))):
            args = (args,)
    args = tuple(tuple(a) if isinstance(a, list) else a for a in args)
    variadic = [i for i, p in enumerate(params) if isinstance(p, TypeVarTuple)]
    if variadic:
        i = variadic[0]
        after = len(params) - i - 1
        if len(args) < len(params) - 1:
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        packed = args[i:len(args) - after]
        args = (*args[:i], packed, *args[len(args) - after:])
    if len(args) < len(params) and _has_default(params[len(args)]):
        args = args + tuple(p.__default__ for p in params[len(args):])
    if len(args) > len(params):
        raise TypeError(f"Too many arguments for {alias}; actual {len(args)}, "
                        f"expected {len(params)}")
    if len(args) < len(params):
        required = len(params) - sum(_has_default(p) for p in params)
        raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                        f"expected at least {required}")
    return list(zip(params, args))


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a builtin or abstract collection: typing.List,
    typing.Mapping, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        self.__doc__ = f"A generic version of {origin.__module__}.{origin.__qualname__}."

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        n = len(params)
        if self._nparams == 0:
            raise TypeError(f"{self} is not a generic class")
        if self._defaults and self._nparams - len(self._defaults) <= n < self._nparams:
            params = params + self._defaults[n - self._nparams:]
            n = len(params)
        if n != self._nparams:
            if self._defaults:
                expected = f"at least {self._nparams - len(self._defaults)}"
            else:
                expected = str(self._nparams)
            raise TypeError(f"Too {'many' if n > self._nparams else 'few'} arguments for "
                            f"{self}; actual {n}, expected {expected}")
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    """Callable[[X, Y], R], Callable[..., R] or Callable[P, R]; the
    argument types are stored flattened, the result last."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_callable_params(args[0]):
            return f"typing.Callable[{_type_repr(args[0])}, {_type_repr(args[-1])}]"
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{params}], {_type_repr(args[-1])}]"

    def copy_with(self, params):
        if len(params) == 2 and isinstance(params[0], tuple):
            params = (*params[0], params[1])
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_callable_params(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


def _is_callable_params(arg):
    return arg is ... or _is_param_spec(arg) or isinstance(arg, _ConcatenateGenericAlias)


class _CallableType(_SpecialGenericAlias, _root=True):
    """typing.Callable itself."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if isinstance(args, list):
            msg = "Callable[[arg, ...], result]: each arg must be a type."
            flat = (*(_type_check(a, msg) for a in args), result)
        else:
            # Anything else (ParamSpec, Concatenate, ...) is left to type checkers.
            flat = (args, result)
        return self.copy_with(flat)


class _TupleType(_SpecialGenericAlias, _root=True):
    """typing.Tuple itself: Tuple[X, Y], Tuple[X, ...] or Tuple[()]."""

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = (*(_type_check(p, msg) for p in params[:-1]), ...)
        else:
            msg = "Tuple[t0, t1, ...]: each t must be a type."
            params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    """The result of Union[...] and Optional[...]."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        try:
            return set(self.__args__) == set(other.__args__)
        except TypeError:
            return _deduplicate(self.__args__) == _deduplicate(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __instancecheck__(self, obj):
        return any(isinstance(obj, arg) for arg in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, arg) for arg in self.__args__)

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """The result of Literal[...]; equality ignores order."""

    def __init__(self, origin, args, **kwargs):
        super().__init__(origin, args, **kwargs)
        self.__parameters__ = ()

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        mine = [(a, type(a)) for a in self.__args__]
        theirs = [(a, type(a)) for a in other.__args__]
        return len(mine) == len(theirs) and all(k in theirs for k in mine)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """The result of Concatenate[...]."""

    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """The result of Unpack[...] or *Ts."""

    def __repr__(self):
        return f"typing.Unpack[{_type_repr(self.__args__[0])}]"

    @property
    def __typing_unpacked_tuple_args__(self):
        arg = self.__args__[0]
        if getattr(arg, "__origin__", None) is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata; __origin__ is T itself."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name="Annotated")
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        meta = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {meta}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0)
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1)
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3)
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1)
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1)
Iterator = _SpecialGenericAlias(_abc.Iterator, 1)
Reversible = _SpecialGenericAlias(_abc.Reversible, 1)
Sized = _SpecialGenericAlias(_abc.Sized, 0)
Container = _SpecialGenericAlias(_abc.Container, 1)
Collection = _SpecialGenericAlias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1)
Mapping = _SpecialGenericAlias(_abc.Mapping, 2)
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2)
Sequence = _SpecialGenericAlias(_abc.Sequence, 1)
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1)
ByteString = _SpecialGenericAlias(getattr(_abc, "ByteString", bytes), 0, name="ByteString")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1)
KeysView = _SpecialGenericAlias(_abc.KeysView, 1)
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2)
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1)
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 2,
                                      name="ContextManager", defaults=(bool | None,))
AsyncContextManager = _SpecialGenericAlias(contextlib.AbstractAsyncContextManager, 2,
                                           name="AsyncContextManager", defaults=(bool | None,))
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)
Generator = _SpecialGenericAlias(_abc.Generator, 3, defaults=(_NoneType, _NoneType))
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, defaults=(_NoneType,))
Type = _SpecialGenericAlias(type, 1, inst=False, name="Type")
Text = str
del _abc


def __getattr__(attr):
    # Pattern and Match are made on first use so that importing typing does not import re.
    if attr in ("Pattern", "Match"):
        import re
        alias = _SpecialGenericAlias(getattr(re, attr), 1)
        globals()[attr] = alias
        return alias
    raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")


# ============================================================ Generic

def _generic_class_getitem(cls, params):
    """Generic[T, ...] and Protocol[T, ...] declare type parameters;
    UserClass[int, ...] fills them in."""
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        for p in params:
            if not (_is_typevar_like(p) or isinstance(p, _UnpackGenericAlias)):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
        if len(_deduplicate(params)) != len(params):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, params)
    own = getattr(cls, "__parameters__", ())
    if not own:
        raise TypeError(f"{cls} is not a generic class")
    mapping = _bind_parameters(cls, own, params)
    args = []
    for param, value in mapping:
        if isinstance(param, TypeVarTuple) and isinstance(value, tuple):
            args.extend(value)
        else:
            args.append(value)
    return _GenericAlias(cls, tuple(args))


class Generic:
    """The base class of generic classes: class C(Generic[T]) declares the
    type parameter T, and C[int] is then an alias of C."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own_orig = cls.__dict__.get("__orig_bases__")
        if own_orig is not None:
            plain = Generic in own_orig
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and type(cls) is not _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        params = ()
        if own_orig is not None:
            params = _collect_parameters(own_orig)
            declared = None
            for base in own_orig:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [p for p in params if not any(p is d for d in declared)]
                if missing:
                    names = ", ".join(str(p) for p in missing)
                    listed = ", ".join(str(d) for d in declared)
                    raise TypeError(f"Some type variables ({names}) are not listed in "
                                    f"Generic[{listed}]")
                params = declared
        cls.__parameters__ = tuple(params)


# ============================================================ Protocol

_SPECIAL_PROTOCOL_NAMES = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__match_args__", "__static_attributes__",
    "__firstlineno__", "__qualname__", "__parameters__", "__orig_bases__",
    "__type_params__", "__protocol_attrs__", "__non_callable_proto_members__",
    "__init_subclass__", "__orig_class__", "__classcell__",
    "_is_protocol", "_is_runtime_protocol", "__callable_proto_members_only__",
})

_ALLOWED_PROTOCOL_BASES = {
    "collections.abc": {"Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
                        "AsyncIterator", "Hashable", "Sized", "Container", "Collection",
                        "Reversible", "Buffer"},
    "contextlib": {"AbstractContextManager", "AbstractAsyncContextManager"},
}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _SPECIAL_PROTOCOL_NAMES:
                attrs.add(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    """Makes isinstance() and issubclass() with runtime-checkable protocols
    structural: an object matches when it has all the protocol's members."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if base in (object, Generic) or getattr(base, "_is_protocol", False):
                    continue
                allowed = _ALLOWED_PROTOCOL_BASES.get(getattr(base, "__module__", None), ())
                if base.__name__ not in allowed:
                    raise TypeError(f"Protocols can only inherit from other protocols, got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _protocol_attrs(cls)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__call__(*args, **kwargs)

    def _check_runtime(cls):
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")

    def __instancecheck__(cls, instance):
        if cls is Protocol or not cls.__dict__.get("_is_protocol", False):
            return super().__instancecheck__(instance)
        cls._check_runtime()
        if ABCMeta.__subclasscheck__(cls, type(instance)):
            return True
        non_callable = cls.__non_callable_proto_members__
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and attr not in non_callable:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not cls.__dict__.get("_is_protocol", False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError("issubclass() arg 1 must be a class")
        cls._check_runtime()
        non_callable = cls.__non_callable_proto_members__
        if non_callable:
            members = ", ".join(repr(m) for m in sorted(non_callable))
            raise TypeError("Protocols with non-method members don't support issubclass()."
                            f" Non-method members: {members}.")
        if super().__subclasscheck__(other):
            return True
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
                if attr in base.__dict__.get("__annotations__", {}):
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base class of protocol classes, which describe structural
    types: with @runtime_checkable, isinstance() accepts any object that has
    the protocol's attributes, whatever its class."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Marks a protocol class as usable with isinstance() and issubclass()."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and getattr(cls, "_is_protocol", False)):
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        f" got {cls!r}")
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = frozenset(
        attr for attr in cls.__protocol_attrs__ if not callable(getattr(cls, attr, None)))
    return cls


def is_protocol(tp, /):
    """Whether tp is a protocol class."""
    return (isinstance(tp, type) and getattr(tp, "_is_protocol", False)
            and tp is not Protocol and tp is not Generic)


def get_protocol_members(tp, /):
    """The names of the members of a protocol class, as a frozenset."""
    if not is_protocol(tp):
        raise TypeError(f"{tp!r} is not a Protocol")
    return frozenset(tp.__protocol_attrs__)


@runtime_checkable
class SupportsInt(Protocol):
    """An object with an __int__ method."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with a __float__ method."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with a __complex__ method."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with a __bytes__ method."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with an __index__ method."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


_T_co = TypeVar("_T_co", covariant=True)
_T_co.__module__ = "typing"


@runtime_checkable
class SupportsAbs(Protocol[_T_co]):
    """An object with an __abs__ method."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> _T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[_T_co]):
    """An object with a __round__ method."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> _T_co:
        pass


# ============================================================ IO stand-ins

_T = TypeVar("_T")
_T.__module__ = "typing"


class IO(Generic[AnyStr]):
    """The generic type of file objects returned by open()."""
    __slots__ = ()

    @property
    @abstractmethod
    def mode(self) -> str:
        pass

    @property
    @abstractmethod
    def name(self) -> str:
        pass

    @abstractmethod
    def close(self) -> None:
        pass

    @property
    @abstractmethod
    def closed(self) -> bool:
        pass

    @abstractmethod
    def fileno(self) -> int:
        pass

    @abstractmethod
    def flush(self) -> None:
        pass

    @abstractmethod
    def isatty(self) -> bool:
        pass

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readable(self) -> bool:
        pass

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @abstractmethod
    def readlines(self, hint: int = -1) -> "List[AnyStr]":
        pass

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @abstractmethod
    def seekable(self) -> bool:
        pass

    @abstractmethod
    def tell(self) -> int:
        pass

    @abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @abstractmethod
    def writable(self) -> bool:
        pass

    @abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @abstractmethod
    def writelines(self, lines: "List[AnyStr]") -> None:
        pass

    @abstractmethod
    def __enter__(self) -> "IO[AnyStr]":
        pass

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """The type of binary file objects."""
    __slots__ = ()

    @abstractmethod
    def write(self, s: "Union[bytes, bytearray]") -> int:
        pass

    @abstractmethod
    def __enter__(self) -> "BinaryIO":
        pass


class TextIO(IO[str]):
    """The type of text file objects."""
    __slots__ = ()

    @property
    @abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @abstractmethod
    def errors(self) -> "Optional[str]":
        pass

    @property
    @abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @abstractmethod
    def newlines(self) -> Any:
        pass

    @abstractmethod
    def __enter__(self) -> "TextIO":
        pass


# ============================================================ NamedTuple

_NAMEDTUPLE_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                                    "_fields", "_field_defaults", "_make", "_replace",
                                    "_asdict", "_source"})
_NAMEDTUPLE_SPECIAL = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                                 "__firstlineno__", "__static_attributes__", "__orig_bases__",
                                 "__classcell__"})


def _make_namedtuple(name, fields, module, defaults=()):
    fields = {n: _type_check(t, f"field {n} annotation must be a type", module=module)
              for n, t in fields}
    tp = collections.namedtuple(name, list(fields), defaults=defaults, module=module)
    tp.__annotations__ = fields
    return tp


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = ns.get("__annotations__", {})
        default_names = []
        for field in annotations:
            if field in ns:
                default_names.append(field)
            elif default_names:
                plural = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(default_names)}")
        tp = _make_namedtuple(typename, annotations.items(), ns["__module__"],
                              [ns[n] for n in default_names])
        if "__qualname__" in ns:
            tp.__qualname__ = ns["__qualname__"]
        generic = Generic in bases
        if generic:
            tp.__class_getitem__ = classmethod(_generic_class_getitem)
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in tp._fields:
                setattr(tp, key, value)
                set_name = getattr(type(value), "__set_name__", None)
                if set_name is not None:
                    set_name(value, tp, key)
        if generic:
            tp.__orig_bases__ = ns.get("__orig_bases__", bases)
            tp.__parameters__ = _collect_parameters(
                [b for b in tp.__orig_bases__ if isinstance(b, _GenericAlias)])
        return tp


NamedTupleMeta = _NamedTupleMeta


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, usable as a base class:

        class Point(NamedTuple):
            x: int
            y: int = 0
    """
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    tp = _make_namedtuple(typename, fields, _caller_module())
    tp.__orig_bases__ = (NamedTuple,)
    return tp


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ============================================================ TypedDict

def _unwrap_qualifiers(tp):
    """The set of Required/NotRequired/ReadOnly qualifiers wrapping tp."""
    quals = set()
    while True:
        if isinstance(tp, _AnnotatedAlias):
            tp = tp.__origin__
        elif isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired, ReadOnly):
            quals.add(tp.__origin__)
            tp = tp.__args__[0]
        else:
            return quals


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        generic = (Generic,) if Generic in bases else ()
        td = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        if not hasattr(td, "__orig_bases__"):
            td.__orig_bases__ = bases
        module = ns.get("__module__")
        own = {key: _type_check(tp, "TypedDict('Name', {f0: t0, f1: t1, ...}); "
                                    "each t must be a type", module=module)
               for key, tp in ns.get("__annotations__", {}).items()}
        annotations = {}
        required, optional, readonly, mutable = set(), set(), set(), set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required |= set(getattr(base, "__required_keys__", ()))
            optional |= set(getattr(base, "__optional_keys__", ()))
            readonly |= set(getattr(base, "__readonly_keys__", ()))
            mutable |= set(getattr(base, "__mutable_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            quals = _unwrap_qualifiers(tp)
            if Required in quals or (total and NotRequired not in quals):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
            if ReadOnly in quals:
                mutable.discard(key)
                readonly.add(key)
            else:
                if key in readonly:
                    raise TypeError(f"Cannot override read-only key {key!r} with a mutable one")
                mutable.add(key)
        td.__annotations__ = annotations
        td.__required_keys__ = frozenset(required)
        td.__optional_keys__ = frozenset(optional)
        td.__readonly_keys__ = frozenset(readonly)
        td.__mutable_keys__ = frozenset(mutable)
        td.__total__ = total
        return td

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict with a fixed set of typed keys; instances are plain dicts.

        class Movie(TypedDict, total=False):
            name: str
            year: int
    """
    if fields is None:
        fields = {}
    ns = {"__annotations__": dict(fields), "__module__": _caller_module()}
    td = _TypedDictMeta(typename, (), ns, total=total)
    td.__orig_bases__ = (TypedDict,)
    return td


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ============================================================ NewType

class NewType:
    """NewType('UserId', int) makes a distinct name for int that type
    checkers tell apart; at runtime it returns its argument unchanged."""

    __call__ = staticmethod(lambda x: x)

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{cls.__name__} = NewType({cls.__name__!r}, {name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ============================================================ forward references

def _eval_type(t, globalns, localns, type_params=None, recursive_guard=frozenset()):
    """Evaluates the forward references in t, recursively."""
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, type_params, recursive_guard=recursive_guard)
    if isinstance(t, _UnionType):
        args = [_eval_type(a, globalns, localns, type_params, recursive_guard)
                for a in t.__args__]
        return functools.reduce(operator.or_, args)
    if isinstance(t, _GenericAliasType):
        args = tuple(_eval_type(a, globalns, localns, type_params, recursive_guard)
                     for a in t.__args__)
        if args == t.__args__:
            return t
        return _GenericAliasType(t.__origin__, args)
    if isinstance(t, _GenericAlias):
        if isinstance(t, _AnnotatedAlias):
            origin = _eval_type(t.__origin__, globalns, localns, type_params, recursive_guard)
            return t if origin is t.__origin__ else _AnnotatedAlias(origin, t.__metadata__)
        if isinstance(t, _LiteralGenericAlias):
            return t
        args = tuple(_eval_type(a, globalns, localns, type_params, recursive_guard)
                     for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        return t.copy_with(args)
    if isinstance(t, list):
        return [_eval_type(a, globalns, localns, type_params, recursive_guard) for a in t]
    return t


def _strip_annotations(t):
    """Removes Annotated, Required, NotRequired and ReadOnly wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias):
        if t.__origin__ in (Required, NotRequired, ReadOnly):
            return _strip_annotations(t.__args__[0])
        if isinstance(t, _LiteralGenericAlias):
            return t
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        return t.copy_with(args)
    if isinstance(t, _GenericAliasType):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        return _GenericAliasType(t.__origin__, args)
    if isinstance(t, _UnionType):
        args = tuple(_strip_annotations(a) for a in t.__args__)
        if all(a is b for a, b in zip(args, t.__args__)):
            return t
        return functools.reduce(operator.or_, args)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module, function or method as a dict,
    with string annotations evaluated (in the defining module's globals),
    None replaced by NoneType and, unless include_extras, Annotated removed.
    For a class the annotations of its bases are merged in."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            annotations = base.__dict__.get("__annotations__", {})
            if not isinstance(annotations, dict):
                annotations = {}
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__), "__dict__", {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Names in the class body win over the module's.
                base_globals, base_locals = base_locals, base_globals
                merged = dict(base_locals)
                merged.update(base_globals)
                base_globals = merged
            type_params = getattr(base, "__type_params__", ())
            for name, value in annotations.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _eval_type(value, base_globals, base_locals, type_params)
    else:
        if hasattr(obj, "__annotations__") and isinstance(obj, type(sys)):
            module_dict = obj.__dict__
        else:
            module_dict = None
        if globalns is None:
            if module_dict is not None:
                globalns = module_dict
            else:
                inner = obj
                while hasattr(inner, "__wrapped__"):
                    inner = inner.__wrapped__
                globalns = getattr(inner, "__globals__", {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        annotations = getattr(obj, "__annotations__", None)
        if annotations is None:
            if callable(obj) or module_dict is not None:
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        type_params = getattr(obj, "__type_params__", ())
        hints = {}
        for name, value in annotations.items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value, is_argument=module_dict is None, is_class=False)
            hints[name] = _eval_type(value, globalns, localns, type_params)
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


# ============================================================ introspection

def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list,
    get_origin(Union[int, str]) is Union, get_origin(int) is None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The type arguments of a subscripted type, with Callable's argument
    types gathered in a list: get_args(Callable[[int], str]) is ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        args = tp.__args__
        if (get_origin(tp) is collections.abc.Callable and args
                and not _is_callable_params(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def cast(typ, val):
    """Tells type checkers that val has the type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Asks type checkers to confirm that val has the type typ; returns val."""
    return val


def assert_never(arg, /):
    """Marks code that type checking proves unreachable; raises if reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Prints the runtime type of obj to stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwargs):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def _overload_key(func):
    func = getattr(func, "__func__", func)
    code = getattr(func, "__code__", None)
    line = code.co_firstlineno if code is not None else None
    return func.__module__, func.__qualname__, line


def overload(func):
    """Marks one signature of an overloaded function; the undecorated
    definition that follows is the implementation."""
    try:
        module, qualname, line = _overload_key(func)
        _overload_registry.setdefault((module, qualname), {})[line] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """The @overload-decorated signatures registered for func's name."""
    func = getattr(func, "__func__", func)
    key = (getattr(func, "__module__", None), getattr(func, "__qualname__", None))
    return list(_overload_registry.get(key, {}).values())


def clear_overloads():
    """Forgets every registered overload."""
    _overload_registry.clear()


def final(f):
    """Marks a method or class as final (not to be overridden or subclassed)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    """Marks a method as overriding one of a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    """Tells type checkers to ignore the annotations of a function or class."""
    if isinstance(arg, type):
        for value in vars(arg).values():
            inner = getattr(value, "__func__", value)
            if isinstance(inner, _FunctionType) and inner.__qualname__.startswith(arg.__qualname__ + "."):
                try:
                    inner.__no_type_check__ = True
                except (AttributeError, TypeError):
                    pass
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator give no_type_check to what it decorates."""
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Marks a decorator, class or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "frozen_default": frozen_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


type _Probe = int
TypeAliasType = type(_Probe)
del _Probe
