# Inheritance and C3 method resolution order.

def names(cls):
    return [c.__name__ for c in cls.__mro__]

# --- case: single inheritance and override
class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
print(Animal().speak(), Dog().speak(), Puppy().speak(), names(Puppy))

# --- case: diamond
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(names(D), D().who())

# --- case: classic C3 example
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))

# --- case: mro() method and __bases__
print([c.__name__ for c in D.mro()], [c.__name__ for c in D.__bases__], D.__base__.__name__)

# --- case: MRO conflict
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Order(object, X): pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: inheriting from non-class
try:
    class FromInt(5): pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: attribute lookup follows MRO
class P1:
    v = "p1"
class P2:
    v = "p2"
    w = "p2w"
class Child(P1, P2): pass
print(Child.v, Child.w)

# --- case: __subclasses__
class Root: pass
class L1(Root): pass
class L2(Root): pass
print([c.__name__ for c in Root.__subclasses__()])

# --- case: isinstance and issubclass through inheritance
d = D()
print(isinstance(d, A), isinstance(d, C), issubclass(D, (int, A)), issubclass(A, D), issubclass(D, D))

# --- case: builtin MROs
print(names(bool), names(int), names(type), names(KeyError), names(OSError))

# --- case: changing a base class attribute affects subclasses
Animal.sound = "generic"
class Cow(Animal): pass
print(Cow().speak())

# --- case: multiple inheritance with __init__ chain
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")
print(Bottom().log)
