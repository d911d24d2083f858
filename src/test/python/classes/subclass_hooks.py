# __init_subclass__, __set_name__ and __class_getitem__.

# --- case: __init_subclass__ registers subclasses
registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(registry, Gamma.plugin_name)

# --- case: __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# --- case: unexpected keyword reaching object.__init_subclass__
try:
    class Oops(Alpha, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# --- case: __set_name__ receives owner and name
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    title = Field()
    body = Field()
m = Model()
m.title = "Hello"
print(Model.title.owner, Model.title.name, Model.body.name, m.title, m.body)

# --- case: __set_name__ not called for attributes added later
f = Field()
Model.late = f
print(hasattr(f, "name"))

# --- case: __set_name__ called for same object under two names (last wins)
shared = Field()
class Twice:
    a = shared
    b = shared
print(shared.name)

# --- case: __set_name__ ordering relative to __init_subclass__
events = []
class Tracer:
    def __set_name__(self, owner, name):
        events.append(f"set_name {name}")
class Parent:
    def __init_subclass__(cls):
        events.append(f"init_subclass {cls.__name__}")
class Kid(Parent):
    x = Tracer()
    y = Tracer()
print(events)

# --- case: __class_getitem__ for generic-like classes
class MyGeneric:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(MyGeneric[int], MyGeneric["x", 1], type(MyGeneric.__dict__["__class_getitem__"]).__name__)

# --- case: builtin generic aliases
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__, list[int]([1, 2]))

# --- case: subscripting a class without __class_getitem__
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# --- case: instances use __getitem__, not __class_getitem__
class Both:
    def __class_getitem__(cls, i): return "class"
    def __getitem__(self, i): return "instance"
print(Both[0], Both()[0])
