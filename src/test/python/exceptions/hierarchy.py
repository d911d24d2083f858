# Custom exception hierarchies.

# --- case: custom hierarchy with attributes
class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found", code=404)
        self.what = what
class Forbidden(AppError):
    pass
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"NotFound {e.code} {e} what={e.what} args={e.args}"
    except AppError as e:
        return f"{type(e).__name__} {e.code} {e}"
print(handle(NotFound("page")))
print(handle(Forbidden("nope", 403)))
print(handle(AppError("generic")))

# --- case: MRO and isinstance of custom exceptions
print([c.__name__ for c in NotFound.__mro__])
print(isinstance(NotFound("x"), (KeyError, AppError)), issubclass(Forbidden, NotFound))

# --- case: exception without calling super().__init__ keeps constructor args
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b
e = NoSuper(1, 2)
print(e.args, e.total, str(e), repr(e))

# --- case: exception with __new__-level args
class Twice(Exception):
    def __init__(self, v):
        super().__init__(v, v)
print(Twice(3).args, str(Twice(3)))

# --- case: multiple inheritance with builtin exceptions
class MyKeyError(AppError, KeyError):
    pass
try:
    raise MyKeyError("multi")
except KeyError as e:
    print("caught as KeyError", type(e).__name__, e.code, str(e))
try:
    {}["missing"]
except AppError:
    print("never")
except LookupError as e:
    print("plain lookup", repr(e))

# --- case: custom __str__ and __repr__
class Pretty(Exception):
    def __str__(self):
        return f"Pretty: {', '.join(map(str, self.args))}"
    def __repr__(self):
        return "Pretty(...)"
p = Pretty(1, 2, 3)
print(str(p), repr(p), f"{p}", [p])

# --- case: exception classes as keys and class-level attributes
class Coded(Exception):
    default_code = 1
class Coded2(Coded):
    default_code = 2
print({Coded: "a", Coded2: "b"}[Coded2], Coded2().default_code)

# --- case: catching a base catches subclasses in order of except clauses
def classify(exc):
    try:
        raise exc
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [ZeroDivisionError, OverflowError, FloatingPointError, IndexError, KeyError, UnicodeError, RecursionError, NotImplementedError, ModuleNotFoundError]:
    print(classify(exc))

# --- case: warning categories are exceptions
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), issubclass(UserWarning, Warning))

# --- case: builtin exception family tree excerpts
for cls in [UnicodeDecodeError, FileNotFoundError, TimeoutError, BrokenPipeError, StopAsyncIteration, TabError, ExceptionGroup]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])

# --- case: pickle-like reconstruction via args
class WithArgs(Exception):
    pass
original = WithArgs("a", 1)
clone = type(original)(*original.args)
print(repr(clone), clone.args == original.args)
