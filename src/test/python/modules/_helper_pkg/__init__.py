# Helper package for the modules/ tests.
print("executing _helper_pkg/__init__, __name__ =", __name__, "__package__ =", __package__)

PKG_CONSTANT = "pkg"

from . import _sibling
from ._sibling import sibling_value as reexported
