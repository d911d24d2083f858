print("circ_b: start")
import _helper_circ_a
print("circ_b: partially initialised a has A_VALUE?", hasattr(_helper_circ_a, "A_VALUE"))
try:
    from _helper_circ_a import A_VALUE
except ImportError as e:
    # CPython 3.13 appends a "(consider renaming ...)" hint with an absolute path; keep the stable prefix.
    circular_error = str(e).split(" (")[0]
B_VALUE = "b"


def use_a():
    return "b uses " + _helper_circ_a.A_VALUE
print("circ_b: end")
