"""Implementation of JSONEncoder: re-exports the native encoder of the json module."""

from json import JSONEncoder, dumps as _dumps

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def encode_basestring(s):
    """The str s as a JSON string literal, non-ASCII characters kept as they are."""
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")
    return _dumps(s, ensure_ascii=False)


def encode_basestring_ascii(s):
    """The str s as a JSON string literal with every non-ASCII character escaped."""
    if not isinstance(s, str):
        raise TypeError(f"first argument must be a string, not {type(s).__name__}")
    return _dumps(s)


py_encode_basestring = c_encode_basestring = encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii = encode_basestring_ascii
