print("executing _helper_pkg._sibling, __package__ =", __package__)

sibling_value = "from sibling"


def helper():
    return "sibling helper"
