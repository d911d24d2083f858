"""Context variables (PEP 567): ContextVar, Token, Context and copy_context.

A Context maps variables to values.  Its mapping is never changed in place:
ContextVar.set replaces the current context's mapping with an updated copy,
so copy_context() is cheap (it shares the mapping) and a copy never sees
later changes made through the original.

Each thread has its own current context, empty when the thread starts.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

from types import GenericAlias as _GenericAlias


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


def _final_class(cls):
    # CPython's classes live in its _contextvars module and cannot be subclassed.
    cls.__module__ = "_contextvars"

    def refuse_subclass(subclass, **kwargs):
        raise TypeError(
            f"type '_contextvars.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(refuse_subclass)
    return cls


@_final_class
class Context:
    """A mapping of ContextVar objects to their values in one context."""

    __slots__ = ("_vars", "_prev", "_entered")

    def __init__(self):
        self._vars = {}
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) with this context as the current one."""
        if self._entered:
            raise RuntimeError(
                f"cannot enter context: {self!r} is already entered")
        self._prev = _state.current
        self._entered = True
        _state.current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        """Returns a shallow copy of this context."""
        new = Context.__new__(Context)
        new._vars = self._vars
        new._prev = None
        new._entered = False
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._vars[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def get(self, var, default=None):
        """Returns the value of var in this context, or default."""
        if not isinstance(var, ContextVar):
            raise TypeError(
                f"a ContextVar key was expected, got {var!r}")
        return self._vars.get(var, default)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


try:
    from _thread import _local as _ThreadLocal
except ImportError:
    _ThreadLocal = object


class _State(_ThreadLocal):
    """The current context; each thread starts with an empty one."""

    def __init__(self):
        self.current = Context()


_state = _State()


def copy_context():
    """Returns a copy of the current context."""
    return _state.current.copy()


@_final_class
class ContextVar:
    """A context variable: its value depends on the current context."""

    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """Returns the variable's value in the current context.

        Falls back on the argument, then on the variable's default, and
        raises LookupError when there is neither.
        """
        if len(args) > 1:
            raise TypeError(
                f"get expected at most 1 argument, got {len(args)}")
        value = _state.current._vars.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Sets the variable's value in the current context; returns a Token."""
        ctx = _state.current
        old = ctx._vars.get(self, _MISSING)
        updated = dict(ctx._vars)
        updated[self] = value
        ctx._vars = updated
        return Token._make(ctx, self, old)

    def reset(self, token):
        """Restores the value the variable had before the set that made token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _state.current
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        updated = dict(ctx._vars)
        if token._old is _MISSING:
            updated.pop(self, None)
        else:
            updated[self] = token._old
        ctx._vars = updated
        token._used = True

    def __repr__(self):
        parts = [f"name={self._name!r}"]
        if self._default is not _MISSING:
            parts.append(f"default={self._default!r}")
        return f"<ContextVar {' '.join(parts)} at 0x{id(self):x}>"

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(_GenericAlias)


@_final_class
class Token:
    """What ContextVar.set returns: lets ContextVar.reset undo that set."""

    __slots__ = ("_ctx", "_var", "_old", "_used")

    MISSING = _MISSING

    def __init__(self, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old = old
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(_GenericAlias)
