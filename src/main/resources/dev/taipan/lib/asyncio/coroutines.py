"""Telling coroutines and coroutine functions apart from other objects."""

__all__ = ("iscoroutinefunction", "iscoroutine")

import collections.abc
import functools
import types

_CO_COROUTINE = 0x80

# Set by inspect.markcoroutinefunction on functions that return coroutines.
_is_coroutine = object()


def _unwrap_callable(func):
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            return func


def iscoroutinefunction(func):
    """Returns True if func is a coroutine function (an ``async def``)."""
    target = _unwrap_callable(func)
    code = getattr(target, "__code__", None)
    if isinstance(code, types.CodeType) and isinstance(target, types.FunctionType):
        if code.co_flags & _CO_COROUTINE:
            return True
    if getattr(target, "_is_coroutine_marker", None) is not None:
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine


_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine)


def iscoroutine(obj):
    """Returns True if obj is a coroutine object."""
    if type(obj) is types.CoroutineType:
        return True
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    """Describes a coroutine for a Task's repr: name, state and place."""
    name = getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None)
    if name is None:
        name = type(coro).__name__
    name = f"{name}()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None)
    if frame is None:
        frame = getattr(coro, "gi_frame", None)
    if code is None:
        return name
    filename = code.co_filename or "<empty co_filename>"
    if frame is not None:
        return f"{name} running at {filename}:{frame.f_lineno}"
    return f"{name} done, defined at {filename}:{code.co_firstlineno}"


def _truncate(text, limit):
    if len(text) <= limit:
        return text
    head = (limit - 3) // 2
    tail = limit - 3 - head
    return text[:head] + "..." + text[len(text) - tail:]


def _short_repr_items(items, count, level, left, right, trail="", limit=6):
    if level <= 0 and count:
        inner = "..."
    else:
        pieces = []
        for i, item in enumerate(items):
            if i >= limit:
                pieces.append("...")
                break
            pieces.append(_short_repr(item, level - 1))
        inner = ", ".join(pieces)
        if count == 1 and trail:
            right = trail + right
    return f"{left}{inner}{right}"


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _short_repr(obj, level=6):
    """A repr kept short, as reprlib.repr makes it: long strings and
    numbers are cut in the middle, long containers show their first items."""
    kind = type(obj)
    if kind is str:
        return _truncate(repr(obj[:30]), 30)
    if kind is int:
        return _truncate(repr(obj), 40)
    if kind is list:
        return _short_repr_items(obj, len(obj), level, "[", "]")
    if kind is tuple:
        return _short_repr_items(obj, len(obj), level, "(", ")", ",")
    if kind is set:
        if not obj:
            return "set()"
        return _short_repr_items(_sorted_if_possible(obj), len(obj), level, "{", "}")
    if kind is frozenset:
        if not obj:
            return "frozenset()"
        return _short_repr_items(_sorted_if_possible(obj), len(obj), level,
                                 "frozenset({", "})")
    if kind is dict:
        if not obj:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = []
        for i, key in enumerate(_sorted_if_possible(obj)):
            if i >= 4:
                pieces.append("...")
                break
            pieces.append(f"{_short_repr(key, level - 1)}: {_short_repr(obj[key], level - 1)}")
        return "{" + ", ".join(pieces) + "}"
    try:
        text = repr(obj)
    except Exception:
        return f"<{kind.__name__} instance at {id(obj):#x}>"
    return _truncate(text, 30)
