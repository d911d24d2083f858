"""Shallow and deep copy operations (copy module).

copy(x) makes a shallow copy, deepcopy(x) a recursive one.  Classes can
control copying with __copy__ and __deepcopy__(memo), or else through the
pickle protocol's __reduce_ex__.
"""

try:
    from copyreg import dispatch_table as _dispatch_table
except ImportError:
    _dispatch_table = {}

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    """Raised when an object cannot be copied."""


error = Error
dispatch_table = _dispatch_table

# Immutable (or shared by nature) types: both kinds of copy return the object itself.
_ATOMIC = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
    str, bytes, type, range, slice, property, type(len), type(lambda: None),
})


import sys as _sys

_ModuleType = type(_sys)
del _sys


def _reduce(x, kind):
    cls = type(x)
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if isinstance(x, _ModuleType):
        raise TypeError("cannot pickle 'module' object")
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is None:
        raise Error(f"un({kind})copyable object of type {cls}")
    rv = reductor(4)
    if (isinstance(rv, tuple) and len(rv) >= 3 and (rv[2] is None or type(rv[2]) is dict)
            and getattr(cls, "__getstate__", None) is _object_getstate):
        # The default reduction carries the values of __slots__ as a second
        # state dict, as CPython's object.__getstate__ does.
        slots = _slot_state(x, cls)
        if slots:
            rv = (rv[0], rv[1], (rv[2] or None, slots), *rv[3:])
    return rv


_object_getstate = getattr(object, "__getstate__", None)


def _slot_state(x, cls):
    state = {}
    for klass in cls.__mro__:
        names = vars(klass).get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            try:
                state[name] = getattr(x, name)
            except AttributeError:
                pass
    return state


def copy(x):
    """Returns a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset) or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Returns a deep copy of x.  memo maps id(original) to its copy, so
    that shared and recursive structures are copied once."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            # The tuple was reached again through one of its items.
            return memo[key]
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls in (set, frozenset):
        result = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        result = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            result = copier(memo)
        else:
            rv = _reduce(x, "deep")
            result = x if isinstance(rv, str) else _reconstruct(x, memo, *rv)
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    """Keeps x alive in memo so that its id is not reused while copying."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Rebuilds an object from the parts returned by __reduce_ex__."""
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for k, v in dictiter:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for k, v in dictiter:
                y[k] = v
    return y


def replace(obj, /, **changes):
    """Returns a new object like obj with the given fields changed, for
    classes that support it through __replace__ (dataclasses, namedtuples...)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
