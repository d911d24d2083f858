# PEP 695 type parameters and type aliases.

# --- case: generic function type params
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__, [p.__name__ for p in first.__type_params__])
T = first.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__, repr(T))

# --- case: bounds and constraints are lazily evaluated
def clamp[N: (int, float), B: str](x: N, label: B) -> N:
    return x
N, B = clamp.__type_params__
print(N.__constraints__, N.__bound__, B.__bound__, B.__constraints__)

# --- case: ParamSpec and TypeVarTuple
def wrap[**P, *Ts, R](f):
    return f
P, Ts, R = wrap.__type_params__
print(type(P).__name__, repr(P), type(Ts).__name__, repr(Ts), repr(R))

# --- case: generic class type params and __parameters__
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box.__type_params__, Box[int], Box(5).get(), Box.__mro__[-2].__name__)
print(Box.__parameters__ if hasattr(Box, "__parameters__") else "no parameters")

# --- case: generic class with bound, referenced before definition
class Tree[V: "Node"]:
    pass
class Node:
    pass
print(Tree.__type_params__[0].__bound__)

# --- case: type alias statement
type Alias = list[int]
print(type(Alias).__name__, Alias.__name__, Alias.__value__, Alias.__type_params__, repr(Alias))

# --- case: generic type alias
type Pair[A, B] = tuple[A, B]
print(Pair.__type_params__, Pair.__value__, Pair[int, str])

# --- case: lazily evaluated alias value with forward reference
type Recursive = list[Recursive] | int
print(Recursive.__value__)
type Later = Undefined
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
Undefined = "now defined"
print(Later.__value__)

# --- case: type params are scoped, not visible outside
def scoped[X]():
    return X
print(scoped(), "X" in globals())

# --- case: methods can use class type params
class Stack[E]:
    def __init__(self):
        self.items: list[E] = []
    def push(self, e: E) -> None:
        self.items.append(e)
    def generic_method[F](self, f: F) -> tuple[E, F]:
        return (self.items[-1], f)
s = Stack()
s.push(1)
print(s.generic_method("x"), Stack.generic_method.__type_params__)

# --- case: type is a soft keyword
type = "still usable"
print(type)
del type
print(type(1).__name__)
