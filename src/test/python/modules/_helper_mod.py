# Helper module imported by the modules/ tests; not a test itself.
print("executing _helper_mod, __name__ =", __name__)

__all__ = ["public_func", "CONSTANT", "Thing"]

CONSTANT = 42
_private = "hidden"
not_in_all = "skipped by star import"
load_count = globals().get("load_count", 0) + 1


def public_func(x):
    return x * 2


class Thing:
    def __repr__(self):
        return f"Thing from {__name__}"


def where():
    return __name__, __file__.replace("\\", "/").rsplit("/", 1)[-1]


if __name__ == "__main__":
    print("never printed when imported")
