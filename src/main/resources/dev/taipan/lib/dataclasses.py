"""Generate special methods for classes from their annotations (dataclasses).

@dataclass reads the class's annotated attributes (its fields) and adds
__init__, __repr__, __eq__ and, on request, ordering, hashing, frozen
instances, keyword-only parameters and __slots__.  __init__ is generated as
source text and compiled, so its signature and argument errors are those of
an ordinary function.
"""

import builtins
import sys
import keyword
import abc

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar",
           "KW_ONLY", "MISSING", "fields", "asdict", "astuple",
           "make_dataclass", "replace", "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    """Type of the MISSING sentinel (no default given)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """Type of the KW_ONLY sentinel annotation."""


KW_ONLY = _KW_ONLY_TYPE()

try:
    _mappingproxy = type(type.__dict__)
    _EMPTY_METADATA = _mappingproxy({})
except TypeError:  # pragma: no cover
    _mappingproxy = dict
    _EMPTY_METADATA = {}


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"

_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes,
                           type(Ellipsis), type(NotImplemented), range, property,
                           type, type(len), type(lambda: None)})


class InitVar:
    """Marks an init-only pseudo-field: passed to __init__ and
    __post_init__, but not stored."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """Description of one dataclass field; use field() to create one."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash",
                 "init", "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _mappingproxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen",
                 "match_args", "kw_only", "slots", "weakref_slot")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ("_DataclassParams(" + ",".join(
            f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value, default_factory a 0-argument function
    called to produce it; init, repr, hash and compare say whether the field
    takes part in those generated methods; metadata is a read-only mapping
    for third parties; kw_only makes the __init__ parameter keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ============================================================ field discovery

def _is_classvar(a_type):
    typing = sys.modules.get("typing")
    if typing is not None:
        classvar = getattr(typing, "ClassVar", None)
        if a_type is classvar or getattr(a_type, "__origin__", None) is classvar:
            return True
    if isinstance(a_type, str):
        text = a_type.strip()
        for prefix in ("ClassVar", "typing.ClassVar", "t.ClassVar"):
            if text == prefix or text.startswith(prefix + "["):
                return True
    return False


def _is_initvar(a_type):
    if a_type is InitVar or type(a_type) is InitVar:
        return True
    if isinstance(a_type, str):
        text = a_type.strip()
        for prefix in ("InitVar", "dataclasses.InitVar"):
            if text == prefix or text.startswith(prefix + "["):
                return True
    return False


def _is_kw_only(a_type):
    if a_type is KW_ONLY:
        return True
    return isinstance(a_type, str) and a_type.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    """Set an attribute unless the class body defined it; True if it did."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ============================================================ generated methods

def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows "
                                f"default argument {seen_default.name!r}")

    namespace = {
        "__builtins__": builtins,
        "__dataclass_HAS_DEFAULT_FACTORY__": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
        "__dataclass_cls__": cls,
    }

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return f"{f.name}=__dataclass_HAS_DEFAULT_FACTORY__"
        namespace[f"__dataclass_dflt_{f.name}__"] = f.default
        return f"{f.name}=__dataclass_dflt_{f.name}__"

    body = []
    for f in fields:
        default_name = f"__dataclass_dflt_{f.name}__"
        if f.default_factory is not MISSING:
            namespace[default_name] = f.default_factory
            if f.init:
                value = (f"{default_name}() if {f.name} is "
                         f"__dataclass_HAS_DEFAULT_FACTORY__ else {f.name}")
            else:
                value = f"{default_name}()"
        elif f.init:
            if f.default is not MISSING:
                namespace[default_name] = f.default
            value = f.name
        else:
            continue
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__("
                        f"{self_name}, {f.name!r}, {value})")
        else:
            body.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        initvars = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({initvars})")
    if not body:
        body = ["pass"]

    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw_params = [param(f) for f in kw_only_fields if f.init]
    if kw_params:
        params.append("*")
        params.extend(kw_params)
    source = (f"def __init__({', '.join(params)}):\n"
              + "".join(f"    {line}\n" for line in body))
    exec(source, namespace)
    fn = namespace["__init__"]
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    fn.__module__ = cls.__module__
    # As in CPython, the parameters carry the fields' types (so inspect.signature shows them).
    annotations = {f.name: f.type for f in std_fields if f.init}
    annotations.update((f.name, f.type) for f in kw_only_fields if f.init)
    annotations["return"] = None
    fn.__annotations__ = annotations
    return fn


def _make_repr(field_names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in field_names)
        finally:
            running.discard(key)
        return f"{self.__class__.__qualname__}({parts})"

    return __repr__


def _make_eq(field_names):
    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            for name in field_names:
                if not getattr(self, name) == getattr(other, name):
                    return False
            return True
        return NotImplemented

    return __eq__


def _make_order(op, field_names):
    getter = _tuple_getter(field_names)

    if op == "__lt__":
        def compare(self, other):
            if other.__class__ is self.__class__:
                return getter(self) < getter(other)
            return NotImplemented
    elif op == "__le__":
        def compare(self, other):
            if other.__class__ is self.__class__:
                return getter(self) <= getter(other)
            return NotImplemented
    elif op == "__gt__":
        def compare(self, other):
            if other.__class__ is self.__class__:
                return getter(self) > getter(other)
            return NotImplemented
    else:
        def compare(self, other):
            if other.__class__ is self.__class__:
                return getter(self) >= getter(other)
            return NotImplemented
    compare.__name__ = op
    return compare


def _tuple_getter(field_names):
    def getter(obj):
        return tuple(getattr(obj, name) for name in field_names)
    return getter


def _make_hash(field_names):
    getter = _tuple_getter(field_names)

    def __hash__(self):
        return hash(getter(self))

    return __hash__


def _make_frozen(cls, field_names):
    names = frozenset(field_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _format_annotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    if isinstance(annotation, str):
        return annotation
    return repr(annotation)


def _signature_doc(cls, std_fields, kw_only_fields):
    def describe(f):
        text = f"{f.name}: {_format_annotation(f.type)}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        return text

    params = [describe(f) for f in std_fields if f.init]
    kw = [describe(f) for f in kw_only_fields if f.init]
    if kw:
        params.append("*")
        params.extend(kw)
    return f"{cls.__name__}({', '.join(params)})"


# ============================================================ the decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get(_FIELDS)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            base_frozen = base.__dict__[_PARAMS].frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            all_frozen_bases = all_frozen_bases and base_frozen
            any_frozen_base = any_frozen_base or base_frozen

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(cls, "__init__", _init_fn(
            cls, all_init_fields, std_init_fields, kw_only_init_fields,
            frozen, has_post_init, self_name))

    if repr:
        rep = _make_repr([f.name for f in field_list if f.repr])
        _set_new_attribute(cls, "__repr__", rep)

    compare_names = [f.name for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(compare_names))

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for op in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, op, _make_order(op, compare_names)):
                raise TypeError(f"Cannot overwrite attribute {op} in class "
                                f"{cls.__name__}. Consider using functools.total_ordering")

    if frozen:
        setter, deleter = _make_frozen(cls, [f.name for f in field_list])
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")

    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_names))
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _set_qualname(cls, _make_hash(hash_names))
        else:
            cls.__hash__ = None

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = _signature_doc(cls, std_init_fields, kw_only_init_fields)
        except (TypeError, ValueError):
            cls.__doc__ = ""

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    _set_new_attribute(cls, "__replace__", _replace)

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get("__slots__", ())
        inherited.update([slots] if isinstance(slots, str) else slots)
    new_slots = [name for name in field_names if name not in inherited]
    if weakref_slot and "__weakref__" not in inherited:
        new_slots.append("__weakref__")
    cls_dict["__slots__"] = tuple(new_slots)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    newcls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        newcls.__qualname__ = qualname
    if is_frozen:
        # The generated __setattr__/__delattr__ close over the old class.
        setter, deleter = _make_frozen(newcls, list(field_names))
        _set_qualname(newcls, setter)
        _set_qualname(newcls, deleter)
        newcls.__setattr__ = setter
        newcls.__delattr__ = deleter
        if "__getstate__" not in cls_dict:
            def __getstate__(self):
                return [getattr(self, name) for name in field_names]

            def __setstate__(self, state):
                for name, value in zip(field_names, state):
                    object.__setattr__(self, name, value)
            newcls.__getstate__ = __getstate__
            newcls.__setstate__ = __setstate__
    return newcls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.  Usable bare
    (@dataclass) or with options (@dataclass(order=True, frozen=True))."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ============================================================ module functions

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass (ClassVar and
    InitVar pseudo-fields excluded)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values, recursing into dataclasses, dicts, lists
    and tuples."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    obj_type = type(obj)
    if obj_type in _ATOMIC_TYPES:
        return obj
    if hasattr(obj_type, _FIELDS):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return obj_type(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return obj_type(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                 for k, v in obj.items()]
        if hasattr(obj_type, "default_factory"):
            result = obj_type(obj.default_factory)
            for k, v in items:
                result[k] = v
            return result
        return obj_type(items)
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the field values of a dataclass instance as a new tuple,
    recursing into dataclasses, dicts, lists and tuples."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    obj_type = type(obj)
    if obj_type in _ATOMIC_TYPES:
        return obj
    if hasattr(obj_type, _FIELDS):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return obj_type(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return obj_type(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        items = [(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                 for k, v in obj.items()]
        if hasattr(obj_type, "default_factory"):
            result = obj_type(obj.default_factory)
            for k, v in items:
                result[k] = v
            return result
        return obj_type(items)
    return _deepcopy(obj)


def _replace(self, /, **changes):
    for f in getattr(self, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f"field {f.name} is declared with init=False, "
                                "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None, decorator=dataclass):
    """Return a new dynamically created dataclass.

    fields is an iterable of either name, (name, type) or (name, type, Field)."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    namespace["__module__"] = module
    namespace.setdefault("__qualname__", cls_name)
    cls = type(cls_name, tuple(bases), namespace)
    return decorator(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen, match_args=match_args,
                     kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
