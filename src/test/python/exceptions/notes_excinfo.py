# add_note / __notes__ and sys.exc_info / sys.exception.
import sys

# --- case: add_note appends to __notes__
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e))

# --- case: add_note requires a string
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

# --- case: notes added while propagating
def inner():
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("context from inner")
        raise
try:
    inner()
except KeyError as err:
    print(err.__notes__)

# --- case: __notes__ may be replaced
e2 = TypeError("t")
e2.__notes__ = ["custom"]
e2.add_note("appended")
print(e2.__notes__)
e3 = TypeError("t")
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)

# --- case: sys.exc_info outside any handler
print(sys.exc_info(), sys.exception())

# --- case: sys.exc_info inside handler
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info()[0])

# --- case: nested handlers restore outer exception
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise IndexError("inner")
    except IndexError:
        print("inner:", repr(sys.exc_info()[1]))
    print("restored:", repr(sys.exc_info()[1]))
print("cleared:", sys.exc_info()[1])

# --- case: exc_info in a function called from a handler
def report():
    return repr(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(report())
print(report())

# --- case: exc_info inside generator sees caller's exception only while running
def gen():
    yield repr(sys.exception())
    yield repr(sys.exception())
g = gen()
try:
    raise OSError("caller")
except OSError:
    print(next(g))
print(next(g))

# --- case: exception state after return from handler inside function
def handler_returns():
    try:
        raise ValueError("x")
    except ValueError:
        return sys.exc_info()[0].__name__
print(handler_returns(), sys.exc_info()[0])
