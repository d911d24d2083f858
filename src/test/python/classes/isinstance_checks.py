# isinstance / issubclass with tuples, __instancecheck__, __subclasscheck__.

# --- case: tuples of types and nesting
print(isinstance(1, (str, int)), isinstance(1, (str, (float, (int,)))), isinstance("s", ()))
print(issubclass(bool, (str, int)), issubclass(int, ()), issubclass(bool, bool))

# --- case: bool is an int, int is not a float
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, int), issubclass(bool, object))

# --- case: type and object relationships
print(isinstance(int, type), isinstance(type, type), isinstance(object, object), issubclass(type, object))

# --- case: errors for bad second argument
for args in [(1, 1), (1, [int]), (1, "int")]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __instancecheck__ and __subclasscheck__ on metaclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta): pass
class Robot:
    def quack(self): return "beep"
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Robot(), (int, Duck)))

# --- case: exact type match short-circuits __instancecheck__
class AlwaysFalse(type):
    def __instancecheck__(cls, obj):
        return False
class AF(metaclass=AlwaysFalse): pass
print(isinstance(AF(), AF), type(AF()) is AF)

# --- case: __instancecheck__ result converted to bool
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"
class TT(metaclass=Truthy): pass
print(isinstance(1, TT))

# --- case: __class__ override affects isinstance
class Fake:
    @property
    def __class__(self):
        return int
f = Fake()
print(isinstance(f, int), type(f).__name__, f.__class__.__name__)

# --- case: union types in isinstance
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float), int | str)

# --- case: __bases__ and __subclasshook__-free checks for builtins
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(GeneratorExit, Exception))

# --- case: type() identity vs isinstance with subclasses
class Base: pass
class Derived(Base): pass
d = Derived()
print(type(d) is Base, type(d) == Derived, isinstance(d, Base), type(d).__name__)
