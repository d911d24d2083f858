# try/except/else/finally combinations.

def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "type":
            raise TypeError("t")
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except lookup {e!r}")
    except Exception:
        log.append("except Exception")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

# --- case: each branch
for kind in ["none", "value", "key", "type"]:
    print(kind, run(kind))

# --- case: try/finally without except propagates
def tf():
    try:
        raise RuntimeError("through")
    finally:
        print("finally ran")
try:
    tf()
except RuntimeError as e:
    print("caught", e)

# --- case: bare except catches everything including BaseException subclasses
try:
    raise KeyboardInterrupt
except:
    print("bare except caught KeyboardInterrupt")

# --- case: except order: first match wins
try:
    raise KeyError("x")
except LookupError:
    print("LookupError handler")
except KeyError:
    print("never")

# --- case: exception variable is deleted after handler
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir())
err = "kept"
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir())

# --- case: exception in else is not caught by the same try's handlers
try:
    try:
        pass
    except ValueError:
        print("never")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)

# --- case: exception in handler propagates after finally
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally before propagation")
except TypeError as e:
    print("caught", e, "context", repr(e.__context__))

# --- case: re-raise with bare raise
try:
    try:
        raise KeyError("re")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", repr(e))

# --- case: bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# --- case: raise a class instead of an instance
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)

# --- case: raising a non-exception
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)

# --- case: catching with a non-exception class
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: dynamic exception tuple
handlers = (ZeroDivisionError, OverflowError)
try:
    1 / 0
except handlers as e:
    print("dynamic tuple", type(e).__name__)

# --- case: nested try in finally
try:
    pass
finally:
    try:
        raise ValueError("in finally")
    except ValueError as e:
        print("handled inside finally", e)

# --- case: exception escaping from a loop inside try
total = 0
try:
    for i in range(10):
        total += 10 // (5 - i)
except ZeroDivisionError:
    print("stopped at", i, total)
