print("executing _helper_pkg._inner._deep, __package__ =", __package__)

from .. import _sibling
from .._sub import describe

try:
    from ... import anything
except ImportError as e:
    beyond_error = f"{type(e).__name__}: {e}"


def deep_describe():
    return "deep -> " + describe()
