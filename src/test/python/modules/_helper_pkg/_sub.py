print("executing _helper_pkg._sub, __name__ =", __name__)

from . import _sibling
from ._sibling import helper
from . import PKG_CONSTANT


def describe():
    return f"sub sees {PKG_CONSTANT!r}, {helper()!r}, same sibling: {_sibling.sibling_value!r}"
