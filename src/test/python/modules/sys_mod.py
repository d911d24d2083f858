# The sys module's common attributes and functions.
import sys

# --- case: version information
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 13), type(sys.version).__name__)
print(sys.implementation.name == sys.implementation.name, hasattr(sys.implementation, "version"))

# --- case: argv and path
print(type(sys.argv).__name__, sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1], type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))

# --- case: numeric limits
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.maxunicode)

# --- case: byteorder and platform sanity
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str))

# --- case: recursion limit round trip
old = sys.getrecursionlimit()
sys.setrecursionlimit(old + 100)
print(sys.getrecursionlimit() - old)
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: standard streams
print(sys.stdout.write("via sys.stdout\n"), sys.stdout is sys.__stdout__, hasattr(sys.stderr, "write"))
sys.stderr.write("this goes to stderr\n")
sys.stdout.flush()

# --- case: sys.modules contains core modules
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__, isinstance(sys.modules, dict))

# --- case: sys.exc_info and sys.exception outside handlers
print(sys.exc_info(), sys.exception())

# --- case: intern and getsizeof exist
print(sys.intern("abc") == "abc", callable(sys.getsizeof), isinstance(sys.getsizeof(1), int))

# --- case: sys.exit variants are catchable
for arg in [None, 0, 2, "message"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code))

# --- case: flags and dont_write_bytecode
print(type(sys.flags.optimize).__name__, sys.flags.optimize, isinstance(sys.dont_write_bytecode, bool))

# --- case: sys.getdefaultencoding and filesystem encoding
print(sys.getdefaultencoding(), sys.getfilesystemencoding())

# --- case: builtin_module_names is a tuple containing sys
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names)
