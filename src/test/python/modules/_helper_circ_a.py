print("circ_a: start")
import _helper_circ_b
A_VALUE = "a"


def use_b():
    return "a uses " + _helper_circ_b.B_VALUE
print("circ_a: end")
