"""Weak reference support for Python.

Weak references hold a JVM weak reference to their referent. The JVM runs no
code while it collects, so callbacks run at the next point where Taipan checks
for collected referents: when a weak reference or proxy is created, when one is
read and found dead, and in gc.collect(), which first asks the JVM for a full
collection.
"""

import _weakref
from _weakref import getweakrefcount, getweakrefs
from collections.abc import MutableMapping as _MutableMapping
from types import GenericAlias as _GenericAlias

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]

_BASIC_REF = 0
_BASIC_PROXY = 1
_OTHER = 2
_address = _weakref._address
_new_ref = _weakref._new_ref


def _split_args(args, kwargs):
    if kwargs:
        raise TypeError("ref() takes no keyword arguments")
    if not args:
        raise TypeError("__new__ expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f"__new__ expected at most 2 arguments, got {len(args)}")
    return args[0], (args[1] if len(args) == 2 else None)


class ReferenceType:
    __slots__ = ("_handle", "_hash")

    def __new__(cls, *args, **kwargs):
        if kwargs or not 0 < len(args) < 3:
            _split_args(args, kwargs)
        callback = args[1] if len(args) == 2 else None
        return _new_ref(cls, args[0], callback, callback is None and cls is ReferenceType)

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self):
        ob = self._handle()
        if ob is None:
            _weakref._poll()
        return ob

    @property
    def __callback__(self):
        return self._handle.callback

    def __hash__(self):
        h = self._hash
        if h is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            h = hash(ob)
            object.__setattr__(self, "_hash", h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = self()
        b = other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
        if ob is None:
            return f"<weakref at {_address(self)}; dead>"
        text = f"<weakref at {_address(self)}; to '{type(ob).__name__}' at {_address(ob)}"
        try:
            name = ob.__name__
        except Exception:
            name = None
        if isinstance(name, str):
            text += f" ({name})"
        return text + ">"

    __class_getitem__ = classmethod(_GenericAlias)


ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _deref(p):
    ob = object.__getattribute__(p, "_handle")()
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    __slots__ = ("_handle",)

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        ob = object.__getattribute__(self, "_handle")()
        if ob is None:
            return f"<weakproxy at {_address(self)}; dead>"
        return f"<weakproxy at {_address(self)}; to '{type(ob).__name__}' at {_address(ob)}>"

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __bool__(self):
        return bool(_deref(self))

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        ob = _deref(self)
        if not hasattr(type(ob), "__next__"):
            raise TypeError(f"Weakref proxy referenced a non-iterator '{type(ob).__name__}' object")
        return next(ob)

    def __reversed__(self):
        return reversed(_deref(self))

    def __contains__(self, item):
        return item in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    def __index__(self):
        return _deref(self).__index__()

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __abs__(self):
        return abs(_deref(self))

    def __invert__(self):
        return ~_deref(self)

    def __lt__(self, other):
        return _deref(self) < _unwrap(other)

    def __le__(self, other):
        return _deref(self) <= _unwrap(other)

    def __eq__(self, other):
        return _deref(self) == _unwrap(other)

    def __ne__(self, other):
        return _deref(self) != _unwrap(other)

    def __gt__(self, other):
        return _deref(self) > _unwrap(other)

    def __ge__(self, other):
        return _deref(self) >= _unwrap(other)


def _unwrap(o):
    return _deref(o) if type(o) in ProxyTypes else o


def _add_binary_operators():
    import operator
    names = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
             "pow", "lshift", "rshift", "and", "xor", "or"]
    for name in names:
        fn = divmod if name == "divmod" else getattr(operator, "__" + name + "__")
        inplace = None if name == "divmod" else getattr(operator, "__i" + name + "__")

        def forward(self, other, fn=fn):
            return fn(_unwrap(self), _unwrap(other))

        def reflected(self, other, fn=fn):
            return fn(_unwrap(other), _unwrap(self))

        forward.__name__ = "__" + name + "__"
        reflected.__name__ = "__r" + name + "__"
        setattr(ProxyType, forward.__name__, forward)
        setattr(ProxyType, reflected.__name__, reflected)
        if inplace is not None:
            def in_place(self, other, fn=inplace):
                return fn(_deref(self), _unwrap(other))
            in_place.__name__ = "__i" + name + "__"
            setattr(ProxyType, in_place.__name__, in_place)


_add_binary_operators()
del _add_binary_operators


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)


ProxyType.__module__ = "weakref"
CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'.

    'callback', if given, is called with a reference to the
    proxy when 'object' is about to be finalized."""
    cls = CallableProxyType if callable(object) else ProxyType
    if callback is None:
        found = _weakref._find(object, _BASIC_PROXY)
        if found is not None:
            return found
    p = ProxyType.__new__(cls)
    handle = _weakref._register(object, p, callback,
                                _BASIC_PROXY if callback is None else _OTHER)
    object_setattr(p, "_handle", handle)
    return p


object_setattr = object.__setattr__


class KeyedRef(ref):
    """A weak reference that remembers a key, for WeakValueDictionary."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class _Guarded:
    """Defers removals of dead entries while the container is being iterated."""

    def _enter(self):
        self._iterating += 1

    def _leave(self):
        self._iterating -= 1
        if not self._iterating:
            pending = self._pending
            while pending:
                self._discard_dead(pending.pop())


class WeakValueDictionary(_MutableMapping, _Guarded):
    """Mapping class that references values weakly.

    Entries in the dictionary will be discarded when no strong
    reference to the value exists anymore
    """

    def __init__(self, other=(), /, **kwargs):
        self_ref = ref(self)

        def remove(wr):
            d = self_ref()
            if d is not None:
                if d._iterating:
                    d._pending.append(wr.key)
                else:
                    d._discard_dead(wr.key)

        self._remove = remove
        self._iterating = 0
        self._pending = []
        self.data = {}
        self.update(other, **kwargs)

    def _discard_dead(self, key):
        wr = self.data.get(key)
        if wr is not None and wr() is None:
            del self.data[key]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        _weakref._poll()
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return f"<{type(self).__name__} at {_address(self)}>"

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[deepcopy(key, memo)] = value
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._enter()
        try:
            for key, wr in list(self.data.items()):
                o = wr()
                if o is not None:
                    yield key, o
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for key, wr in list(self.data.items()):
                if wr() is not None:
                    yield key
        finally:
            self._leave()

    __iter__ = keys

    def itervaluerefs(self):
        """Return an iterator that yields the weak references to the values."""
        self._enter()
        try:
            yield from list(self.data.values())
        finally:
            self._leave()

    def valuerefs(self):
        """Return a list of weak references to the values."""
        return list(self.data.values())

    def values(self):
        self._enter()
        try:
            for wr in list(self.data.values()):
                o = wr()
                if o is not None:
                    yield o
        finally:
            self._leave()

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)) or hasattr(other, "keys"):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_MutableMapping, _Guarded):
    """Mapping class that references keys weakly.

    Entries in the dictionary will be discarded when there is no
    longer a strong reference to the key.
    """

    def __init__(self, dict=None):
        self_ref = ref(self)

        def remove(wr):
            d = self_ref()
            if d is not None:
                if d._iterating:
                    d._pending.append(wr)
                else:
                    d._discard_dead(wr)

        self._remove = remove
        self._iterating = 0
        self._pending = []
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _discard_dead(self, wr):
        self.data.pop(wr, None)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        _weakref._poll()
        return len(self.data) - len(self._pending)

    def __repr__(self):
        return f"<{type(self).__name__} at {_address(self)}>"

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        try:
            return self.data.get(ref(key), default)
        except TypeError:
            return default

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        self._enter()
        try:
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            self._leave()

    def keys(self):
        self._enter()
        try:
            for wr in list(self.data):
                key = wr()
                if key is not None:
                    yield key
        finally:
            self._leave()

    __iter__ = keys

    def values(self):
        self._enter()
        try:
            for wr, value in list(self.data.items()):
                if wr() is not None:
                    yield value
        finally:
            self._leave()

    def keyrefs(self):
        """Return a list of weak references to the keys."""
        return list(self.data)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, "keys"):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            new = self.__class__()
            new.update(other)
            new.update(self)
            return new
        return NotImplemented


from _weakrefset import WeakSet


class WeakMethod(ref):
    """A custom weakref.ref subclass which simulates a weak reference to a bound
    method, working around the lifetime problem of bound methods."""

    __slots__ = ("_meth_type", "_func_ref", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            receiver = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def on_death(arg):
            wm = holder()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self = ref.__new__(cls, receiver, on_death)
        self._func_ref = ref(func, on_death)
        self._meth_type = type(meth)
        self._alive = True
        holder = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        receiver = ref.__call__(self)
        func = self._func_ref()
        if receiver is None or func is None:
            return None
        return self._meth_type(func, receiver)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


class finalize:
    """Class for finalization of weakrefable objects

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The
    first time the finalizer is called it evaluates func(*arg, **kwargs)
    and returns the result. After this the finalizer is dead, and
    calling it just returns None.

    When the program exits any remaining finalizers for which the
    atexit attribute is true will be run in reverse order of creation.
    By default atexit is true.
    """

    __slots__ = ()
    _registry = {}
    _counter = 0

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # Finalizers still alive at exit run then, where the interpreter has atexit.
            try:
                import atexit
                atexit.register(self._exitfunc)
            except ImportError:
                pass
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter += 1
        info.index = finalize._counter
        finalize._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    @classmethod
    def _exitfunc(cls):
        pending = sorted(((f, i) for f, i in cls._registry.items() if i.atexit),
                         key=lambda item: item[1].index, reverse=True)
        for f, _ in pending:
            try:
                f()
            except Exception:
                import sys
                sys.excepthook(*sys.exc_info())

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f"<{type(self).__name__} object at {_address(self)}; dead>"
        return (f"<{type(self).__name__} object at {_address(self)}; "
                f"for {type(obj).__name__!r} at {_address(obj)}>")
