# bool: arithmetic, identity, conversions.

# --- case: bool is an int subclass
print(True + True, True * 3, False - 1, True / 2, True // 1, -True, True ** 5, True << 3)
print(True == 1, False == 0, True == 1.0, isinstance(True, int), type(True + 0).__name__)

# --- case: bitwise operations on bools stay bool
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, True & 3)

# --- case: repr, str, int, float
print(repr(True), str(False), int(True), float(False), f"{True}", f"{True:d}", f"{False:>6}", format(True, "b"))

# --- case: bool() of various values
for v in [0, 1, -1, 0.0, 0.1, "", "False", [], [[]], {}, {0: 0}, set(), None, 0j, range(0), range(1), b"", b"\0"]:
    print(repr(v), bool(v))

# --- case: bool from comparisons and in sums
print(sum([True, False, True]), max(True, 0), min(False, -1), sorted([True, False, 0, 1, True]))

# --- case: bool as dict key collides with 1 and 0
d = {1: "int one", True: "bool true", 0.0: "float zero", False: "bool false"}
print(d)

# --- case: not, and, or produce values
print(not True, not 0, True and 5, False or "", 0 or False, [] or 0)

# --- case: bool() cannot be subclassed and only two instances
print(bool(1) is True, bool(0) is False, bool.__bases__, True.real, True.imag, True.numerator)
try:
    bool.__new__(bool, 1) is True and print("singleton via __new__")
except Exception as e:
    print(type(e).__name__, e)
