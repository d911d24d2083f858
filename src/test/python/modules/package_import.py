# Packages: import a.b, relative imports, __path__, __package__.
import sys
sys.dont_write_bytecode = True

# --- case: importing a submodule imports the package first
import _helper_pkg._sub
print("_helper_pkg" in sys.modules, "_helper_pkg._sub" in sys.modules, "_helper_pkg._sibling" in sys.modules)

# --- case: submodule bound as attribute of the package
print(_helper_pkg._sub.describe())
print(_helper_pkg._sub is sys.modules["_helper_pkg._sub"], _helper_pkg.reexported)

# --- case: package attributes
print(_helper_pkg.__name__, _helper_pkg.__package__, _helper_pkg._sub.__package__, _helper_pkg._sub.__name__)
print(type(_helper_pkg.__path__).__name__, [p.replace("\\", "/").rsplit("/", 1)[-1] for p in _helper_pkg.__path__])
print(_helper_pkg.__file__.replace("\\", "/").rsplit("/", 2)[-2:], hasattr(_helper_pkg._sub, "__path__"))

# --- case: import a.b as c binds the submodule
import _helper_pkg._sub as sub
print(sub is _helper_pkg._sub)

# --- case: from package import submodule
from _helper_pkg import _sibling
print(_sibling.sibling_value)

# --- case: nested package with relative imports going up
from _helper_pkg._inner import _deep
print(_deep.deep_describe())
print(_deep.beyond_error)
print(sorted(name for name in sys.modules if name.startswith("_helper_pkg")))

# --- case: importing a missing submodule
try:
    import _helper_pkg._missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from _helper_pkg import _missing_too
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# --- case: relative import in a top-level script fails
try:
    exec("from . import anything", {"__name__": "__main__", "__package__": None})
except ImportError as e:
    print(type(e).__name__, e)
