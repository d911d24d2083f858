# Circular import tolerance and importlib.import_module / reload.
import sys
sys.dont_write_bytecode = True
import importlib

# --- case: circular import between two helper modules
import _helper_circ_a
print(_helper_circ_a.use_b(), _helper_circ_a._helper_circ_b.use_a())
b = sys.modules["_helper_circ_b"]
print(b.circular_error)

# --- case: importlib.import_module absolute
m = importlib.import_module("_helper_mod")
print(m.CONSTANT, m is sys.modules["_helper_mod"])

# --- case: import_module of a submodule and relative with package argument
sub = importlib.import_module("_helper_pkg._sub")
sib = importlib.import_module("._sibling", package="_helper_pkg")
deep = importlib.import_module(".._sub", package="_helper_pkg._inner")
print(sub.__name__, sib.__name__, deep is sub)

# --- case: import_module errors
try:
    importlib.import_module("_helper_nope")
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module("._sibling")
except TypeError as e:
    print(type(e).__name__, e)

# --- case: reload re-executes the module in the same object
m.CONSTANT = "changed"
m2 = importlib.reload(m)
print(m2 is m, m.CONSTANT, m.load_count)

# --- case: math and sys are importable through importlib
print(importlib.import_module("math").pi == __import__("math").pi, importlib.import_module("sys") is sys)
