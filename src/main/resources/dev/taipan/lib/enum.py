"""Support for enumerations (enum module).

An enumeration is a class whose members are created once, at class
definition time, from the class body's plain attributes.  Members are
singletons looked up by value (Color(1)) or by name (Color['RED']).
"""

import sys as _sys
import builtins as _builtins

__all__ = [
    "EnumType", "EnumMeta", "EnumDict",
    "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "property", "verify", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
    "global_flag_repr", "global_enum_repr", "global_str", "global_enum",
    "EnumCheck", "CONTINUOUS", "NAMED_FLAGS", "UNIQUE",
    "pickle_by_global_name", "pickle_by_enum_name",
]

# Set once the classes exist; the metaclass checks them during bootstrap.
Enum = Flag = ReprEnum = None

try:
    _mappingproxy = type(type.__dict__)
    _mappingproxy({})
except TypeError:  # pragma: no cover
    _mappingproxy = dict


# ============================================================ helpers

def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = f"_{cls_name.lstrip('_')}__"
    return (len(name) > len(prefix) and name.startswith(prefix)
            and not name.endswith("__"))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_lsb(num):
    """Yield the single-bit values set in num, lowest first."""
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _dataclass_repr(value):
    """The value of a member of a dataclass-mixin enum, shown as its repr fields."""
    fields = value.__dataclass_fields__
    return ", ".join(f"{name}={getattr(value, name)!r}" for name, f in fields.items() if f.repr)


def show_flag_values(value):
    """The single-bit values set in value, lowest first, as a list."""
    return list(_bits_lsb(value))


def bin(num, max_bits=None):
    """Like builtins.bin(), but with a sign bit and two's complement for
    negative numbers: bin(-5) == '0b1 011'."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtins.bin(num + ceiling).replace("1", "0", 1)
    else:
        text = _builtins.bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f"{sign} {digits}"


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class bodies
    (by default the next integer)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f"auto({self.value!r})"


class member:
    """Forces an item to become an Enum member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""

    def __init__(self, value):
        self.value = value


class property(_builtins.property):
    """A property for enum members: read-only unless a setter is given, and
    it does not hide a member of the same name on the class."""

    def __set_name__(self, ownerclass, name):
        self.member_name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            member_map = getattr(ownerclass, "_member_map_", {})
            if getattr(self, "member_name", None) in member_map:
                return member_map[self.member_name]
            return self
        return super().__get__(instance, ownerclass)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute "
                                 f"{self.member_name!r}")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute "
                                 f"{self.member_name!r}")
        self.fdel(instance)


# ============================================================ class body namespace

class EnumDict(dict):
    """Namespace used while an Enum class body runs: records member names
    in order and resolves auto() values."""

    def __init__(self, cls_name=None):
        super().__init__()
        self._cls_name = cls_name or ""
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None

    @property
    def member_names(self):
        """The names of the members defined so far, in definition order."""
        return list(self._member_names)

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
            elif key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignore = names
                overlap = set(names) & set(self._member_names)
                if overlap:
                    raise ValueError(f"_ignore_ cannot specify already set names: {tuple(overlap)!r}")
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members=(), **more):
        items = members.items() if hasattr(members, "items") else members
        for key, value in items:
            self[key] = value
        for key, value in more.items():
            self[key] = value


_EnumDict = EnumDict


# ============================================================ the metaclass

class EnumType(type):
    """Metaclass for Enum: creates the members and makes the class iterable,
    sized and subscriptable by member name."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = EnumDict(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(first_enum, "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, EnumDict):
            namespace = metacls.__prepare__(cls, bases)
            namespace.update(classdict)
            classdict = namespace
        member_names = list(classdict._member_names)
        invalid = sorted({"mro", ""} & set(member_names))
        if invalid:
            raise ValueError(f"invalid enum member name(s) {', '.join(map(repr, invalid))}")
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        members = {name: classdict[name] for name in member_names}
        for name in member_names:
            dict.__delitem__(classdict, name)
        order = classdict.pop("_order_", None)
        classdict.pop("_ignore_", None)

        namespace = dict(classdict)
        namespace["_new_member_"] = new_member
        namespace["_use_args_"] = use_args
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_unhashable_values_"] = []
        namespace["_member_type_"] = member_type
        if "__dataclass_fields__" in member_type.__dict__:
            namespace["_value_repr_"] = _dataclass_repr
        else:
            namespace["_value_repr_"] = repr if member_type is object else member_type.__repr__
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases
                                           if isinstance(b, EnumType))
        if is_flag or (Flag is None and cls == "Flag"):
            namespace["_boundary_"] = boundary or getattr(first_enum, "_boundary_", None)
            namespace["_flag_mask_"] = 0
            namespace["_singles_mask_"] = 0
            namespace["_all_bits_"] = 0
        if first_enum is not None and first_enum._member_names_:
            raise TypeError(f"<enum {cls!r}> cannot extend {first_enum!r}")

        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        # Enum's own repr/str/format win over the data type's and object's.
        if first_enum is not None:
            for method in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if method in classdict:
                    continue
                for klass in enum_class.__mro__:
                    if method in klass.__dict__:
                        break
                if not isinstance(klass, EnumType):
                    type.__setattr__(enum_class, method, getattr(first_enum, method))
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in classdict:
                type.__setattr__(enum_class, "__format__", member_type.__format__)
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, "__str__", method)

        for name, value in members.items():
            enum_class._add_member_(name, value)

        if save_new:
            type.__setattr__(enum_class, "__new_member__", new_member)
        if Enum is not None:
            type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])

        if "_flag_mask_" in namespace and Flag is not None:
            flag_mask = singles = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int):
                    flag_mask |= m._value_
                    if _is_single_bit(m._value_):
                        singles |= m._value_
            type.__setattr__(enum_class, "_flag_mask_", flag_mask)
            type.__setattr__(enum_class, "_singles_mask_", singles)
            type.__setattr__(enum_class, "_all_bits_", 2 ** flag_mask.bit_length() - 1)

        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  "
                                f"{enum_class._member_names_!r}\n  {order!r}")
        return enum_class

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def _add_member_(cls, name, value):
        """Create the member name with value (or make it an alias)."""
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = cls._new_member_
        if not cls._use_args_:
            enum_member = new_member(cls)
        else:
            enum_member = new_member(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if member_type is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = member_type(*args)
                except Exception as exc:
                    raise TypeError("_value_ not set in __new__, unable to create it") from exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)

        canonical = cls._lookup_value_(value)
        if canonical is not None:
            enum_member = canonical
        else:
            is_flag = Flag is not None and issubclass(cls, Flag)
            if not is_flag or (isinstance(value, int) and _is_single_bit(value)):
                cls._member_names_.append(name)
            try:
                cls._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                cls._unhashable_values_.append(value)
        cls._member_map_[name] = enum_member
        type.__setattr__(cls, name, enum_member)

    def _lookup_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        return None

    def __call__(cls, value, names=None, *values, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Either look up a member by value (Color(1)) or, given names,
        create a new enumeration (the functional API)."""
        if names is None:
            return cls.__new__(cls, value)
        if values:
            raise TypeError(f"{cls.__name__}() takes 2 positional arguments but "
                            f"{2 + len(values)} were given")
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if hasattr(names, "items"):
            names = list(names.items())
        for name, value in names:
            classdict[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @staticmethod
    def _get_mixins_(class_name, bases):
        """Return (data type, first enum base) for a new enum class."""
        if not bases or Enum is None:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        data_types = []
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif "__new__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
                    if base not in data_types:
                        data_types.append(base)
                    break
        if len(data_types) > 1:
            raise TypeError(f"too many data types for {class_name!r}: "
                            f"{set(data_types)!r}")
        return (data_types[0] if data_types else object), first_enum

    @staticmethod
    def _find_new_(classdict, member_type, first_enum):
        """Return (the __new__ that creates members, whether the class
        defined it, whether it takes the member value as arguments)."""
        if Enum is None:
            return object.__new__, False, False
        new = classdict.get("__new__")
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None:
            return new, True, True
        skip = {None, object.__new__, Enum.__new__}
        for method in ("__new_member__", "__new__"):
            for possible in (member_type, first_enum):
                target = getattr(possible, method, None)
                if target not in skip:
                    return target, False, True
        return object.__new__, False, False

    # -- the class as a container of its members -------------------------
    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_ or value in cls._unhashable_values_
        except TypeError:
            return value in cls._unhashable_values_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Mapping of member name to member, aliases included."""
        return _mappingproxy(cls._member_map_)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__",
                 "__init_subclass__", "__iter__", "__len__", "__members__",
                 "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {name!r}.")
        super().__delattr__(name)


EnumMeta = EnumType


# ============================================================ Enum

class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs.

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    >>> Color.RED
    <Color.RED: 1>
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        error = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            if cls._boundary_ is EJECT and isinstance(result, int):
                return result
        invalid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and error is None:
            raise invalid
        if error is None:
            error = TypeError(f"error in {cls.__name__}._missing_: returned "
                              f"{result!r} instead of None or a valid member")
        if not isinstance(error, ValueError):
            error.__context__ = invalid
        raise error

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """Return the next value for an auto() member: one more than the
        highest value so far, or start."""
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError(f"unable to increment {last_value!r}") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__",
                 "name", "value"}
        if self._member_type_ is not object:
            names.update(dir(self._member_type_))
        for klass in self.__class__.__mro__:
            if klass is Enum or klass is object:
                break
            for key in klass.__dict__:
                if not key.startswith("_") and key not in self._member_map_:
                    names.add(key)
        names.update(k for k in getattr(self, "__dict__", {}) if not k.startswith("_"))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f"errors must be a string, not {values[2]!r}")
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """Return the lower-cased version of the member name."""
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items()
                  if name != m.name]
    if duplicates:
        details = ", ".join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f"duplicate values found in {enumeration!r}: {details}")
    return enumeration


# ============================================================ Flag

class FlagBoundary(StrEnum):
    """Control how out of range values are handled: STRICT raises, CONFORM
    discards invalid bits, EJECT returns a plain int, KEEP keeps them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """Return the next power of two above the highest value so far."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f"invalid flag value {last_value!r}") from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        """Create a pseudo-member for a combination of flags."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        original = value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        if value < 0 or unknown:
            boundary = cls._boundary_
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {original!r}\n"
                                 f"    given {bin(value, max_bits)}\n"
                                 f"  allowed {bin(flag_mask, max_bits)}")
            if boundary is CONFORM:
                value &= flag_mask
                unknown = 0
            elif boundary is EJECT:
                return original
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members_(known)]
        if names and unknown:
            names.append(str(unknown))
        pseudo._name_ = "|".join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self.__class__._iter_members_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{cls_name}: {v_repr(self._value_)}>"
        return f"<{cls_name}.{self._name_}: {v_repr(self._value_)}>"

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


# ============================================================ verify and globals

class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (UNIQUE, CONTINUOUS,
    NAMED_FLAGS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items()
                           if alias != m.name]
                if aliases:
                    details = ", ".join(f"{alias} -> {alias_of}" for alias, alias_of in aliases)
                    raise ValueError(f"aliases found in {enumeration!r}: {details}")
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if Flag is not None and issubclass(enumeration, Flag):
                    expected = {2 ** i for i in range(low.bit_length() - 1, high.bit_length())}
                else:
                    expected = set(range(low, high + 1))
                missing = sorted(expected - values)
                if missing:
                    raise ValueError(f"invalid {'flag' if issubclass(enumeration, Flag) else 'enum'} "
                                     f"{name!r}: missing values {', '.join(map(str, missing))}")
            elif check is NAMED_FLAGS:
                mask = enumeration._singles_mask_
                for alias, m in enumeration.__members__.items():
                    missing = m._value_ & ~mask
                    if missing:
                        raise ValueError(f"invalid Flag {name!r}: alias {alias} is missing "
                                         f"value {missing:#x} [use enum.show_flag_values(value) for details]")
        return enumeration


def global_enum_repr(self):
    """repr() of a member exported to its module's namespace."""
    module = self.__class__.__module__.split(".")[-1]
    return f"{module}.{self._name_}"


def global_flag_repr(self):
    """repr() of a flag exported to its module's namespace."""
    module = self.__class__.__module__.split(".")[-1]
    if self._name_ is None:
        return f"{module}.{self.__class__.__name__}({self._value_!r})"
    return "|".join(f"{module}.{name}" for name in self._name_.split("|"))


def global_str(self):
    """str() of a member exported to its module's namespace."""
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: export the members into the defining module's namespace
    and change the repr (and optionally str) to match."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, "__repr__", global_flag_repr)
    else:
        type.__setattr__(cls, "__repr__", global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, "__str__", global_str)
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        vars(module).update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    """__reduce_ex__ for members exported with global_enum."""
    return self.name


def pickle_by_enum_name(self, proto):
    """__reduce_ex__ pickling a member by its enum class and name."""
    return getattr, (self.__class__, self._name_)
