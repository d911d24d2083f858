# except* with exception groups.

def show(label, eg):
    print(label, type(eg).__name__, repr(str(eg)), [repr(e) for e in eg.exceptions])

# --- case: except* splits by type
try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    show("values:", eg)
except* TypeError as eg:
    show("types:", eg)

# --- case: unhandled remainder is re-raised as a group
try:
    try:
        raise ExceptionGroup("mixed", [ValueError("v"), KeyError("k")])
    except* ValueError as eg:
        show("handled:", eg)
except ExceptionGroup as rest:
    show("remaining:", rest)

# --- case: except* with a naked exception wraps it
try:
    raise ValueError("naked")
except* ValueError as eg:
    show("wrapped:", eg)

# --- case: except* with tuple of types
try:
    raise ExceptionGroup("g", [KeyError("a"), IndexError("b"), OSError("c")])
except* (KeyError, IndexError) as eg:
    show("lookup:", eg)
except* OSError as eg:
    show("os:", eg)

# --- case: nested groups preserve structure
try:
    raise ExceptionGroup("outer", [
        ValueError("top"),
        ExceptionGroup("inner", [ValueError("deep"), TypeError("deep t")]),
    ])
except* ValueError as eg:
    print("values", eg.exceptions[0], type(eg.exceptions[1]).__name__, eg.exceptions[1].exceptions)
except* TypeError as eg:
    print("types", eg.exceptions[0].exceptions)

# --- case: a single new exception raised inside except* propagates bare
try:
    try:
        raise ExceptionGroup("src", [ValueError("v")])
    except* ValueError:
        raise KeyError("raised in handler")
except ExceptionGroup as eg:
    print(type(eg).__name__, [repr(e) for e in eg.exceptions], repr(eg.exceptions[0].__context__))
except KeyError as e:
    print("plain KeyError", repr(e))

# --- case: each handler runs at most once, else and finally
log = []
try:
    raise ExceptionGroup("x", [ValueError(1), ValueError(2)])
except* ValueError as eg:
    log.append(len(eg.exceptions))
else:
    log.append("else")
finally:
    log.append("finally")
print(log)
try:
    pass
except* ValueError:
    print("never")
else:
    print("no exception: else runs")

# --- case: except* cannot catch ExceptionGroup itself
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "<s>", "exec")
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: BaseExceptionGroup for base exceptions
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
except* KeyboardInterrupt as eg:
    show("kbd:", eg)
except* ValueError as eg:
    show("val:", eg)

# --- case: unmatched naked exception passes through unchanged
try:
    try:
        raise KeyError("solo")
    except* ValueError:
        print("never")
except KeyError as e:
    print("passed through as", type(e).__name__, repr(e))
