# Exception chaining: __cause__, __context__, __suppress_context__.

def describe(e):
    return (type(e).__name__, str(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# --- case: implicit chaining sets __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(describe(e))

# --- case: explicit chaining with from sets __cause__ and suppresses context
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke
except RuntimeError as e:
    print(describe(e))

# --- case: raise from None
try:
    try:
        [][0]
    except IndexError:
        raise LookupError("clean") from None
except LookupError as e:
    print(describe(e))

# --- case: from an exception class instantiates it
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(describe(e))

# --- case: from with invalid cause
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

# --- case: context chain of three
try:
    try:
        try:
            raise OSError("a")
        except OSError:
            raise KeyError("b")
    except KeyError:
        raise TypeError("c")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))

# --- case: re-raising the same exception does not create self-context
try:
    try:
        raise ValueError("same")
    except ValueError as inner:
        raise inner
except ValueError as e:
    print(repr(e.__context__))

# --- case: setting __cause__ manually
e = ValueError("manual")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)

# --- case: context is set for exceptions raised in finally
try:
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")
except KeyError as e:
    print(describe(e))

# --- case: context cycles are broken
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise KeyError("B")
        except KeyError as b:
            try:
                raise a
            except ValueError as again:
                print(repr(again.__context__), repr(b.__context__))
except Exception:
    pass

# --- case: exception raised in except of generator
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise RuntimeError("in gen")
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(describe(e))

# --- case: __traceback__ exists and with_traceback returns self
try:
    raise ValueError("tb")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__, e.with_traceback(None) is e, e.__traceback__)
