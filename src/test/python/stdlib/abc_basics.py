"""abc: ABCMeta, ABC, abstractmethod, register, __subclasshook__."""
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: abstract methods
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class Half(Shape):
    def area(self):
        return 0
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, sorted(Half.__abstractmethods__))
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, ABC), type(Shape) is ABCMeta)
attempt("instantiate abstract", lambda: Shape())
attempt("instantiate half", lambda: Half())
class WithProp(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
attempt("abstract property", lambda: WithProp())

# --- case: register and subclasshook
class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Canvas:
    def draw(self):
        pass
class Plain:
    pass
print(isinstance(Canvas(), Drawable), issubclass(Plain, Drawable), issubclass(Canvas, Drawable))
class Serializer(ABC):
    pass
Serializer.register(int)
@Serializer.register
class Custom:
    pass
print(isinstance(3, Serializer), isinstance(True, Serializer), isinstance("s", Serializer), issubclass(Custom, Serializer))
print(Custom.__name__, abc.get_cache_token() >= 0)
attempt("register non-class", lambda: Serializer.register(5))
attempt("issubclass non-class", lambda: issubclass(5, Serializer))
class Sub(Serializer):
    pass
attempt("cycle", lambda: Sub.register(Serializer))

# --- case: update_abstractmethods
class Later(ABC):
    @abstractmethod
    def run(self):
        ...
class Impl(Later):
    pass
print(sorted(Impl.__abstractmethods__))
Impl.run = lambda self: "ran"
abc.update_abstractmethods(Impl)
print(Impl.__abstractmethods__, Impl().run())
