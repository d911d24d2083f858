# import of a helper module next to the test; from-imports; sys.modules.
import sys
sys.dont_write_bytecode = True

# --- case: first import executes the module once
print("_helper_mod" in sys.modules)
import _helper_mod
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)

# --- case: second import does not execute again
import _helper_mod
import _helper_mod as again
print(again is _helper_mod, _helper_mod.load_count)

# --- case: module attributes
print(_helper_mod.CONSTANT, _helper_mod.public_func(21), _helper_mod.Thing(), _helper_mod.where())
print(_helper_mod.__name__, type(_helper_mod).__name__, _helper_mod.__file__.replace("\\", "/").rsplit("/", 1)[-1])
print(sorted(k for k in vars(_helper_mod) if not k.startswith("__")))
print(_helper_mod.__doc__, _helper_mod.__all__)

# --- case: from-import forms
from _helper_mod import CONSTANT, public_func as double
print(CONSTANT, double(5))

# --- case: star import respects __all__
ns = {}
exec("from _helper_mod import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))

# --- case: this script's own name and file
print(__name__, __file__.replace("\\", "/").rsplit("/", 1)[-1], __spec__ is None if __name__ == "__main__" else "n/a")

# --- case: import errors
try:
    import _no_such_helper
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import _helper_mod.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# --- case: removing from sys.modules forces re-execution
old = _helper_mod
del sys.modules["_helper_mod"]
import _helper_mod
print(old is _helper_mod, _helper_mod.load_count, old.CONSTANT == _helper_mod.CONSTANT)

# --- case: module attributes are writable and shared
_helper_mod.CONSTANT = 100
import _helper_mod as alias
print(alias.CONSTANT)

# --- case: sys.modules entries can be arbitrary objects
class Fake:
    answer = "fake module object"
sys.modules["_fake_mod"] = Fake()
import _fake_mod
print(_fake_mod.answer)
del sys.modules["_fake_mod"]

# --- case: import inside function binds locally
def local_import():
    import _helper_mod as hm
    return hm.CONSTANT, "hm" in locals()
print(local_import(), "hm" in globals())

# --- case: __import__ builtin
m = __import__("_helper_mod")
print(m is _helper_mod, __import__("math").sqrt(9))
