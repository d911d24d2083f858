"""types: SimpleNamespace, type names, new_class, prepare_class, resolve_bases, DynamicClassAttribute."""
import sys
import types


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: SimpleNamespace
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b, vars(ns))
ns.c = [3]
del ns.a
print(ns, ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace(), ns == 1)
print(types.SimpleNamespace(), types.SimpleNamespace({"x": 1}, y=2), types.SimpleNamespace([("k", "v")]))
rec = types.SimpleNamespace()
rec.me = rec
print(rec)
try:
    hash(types.SimpleNamespace())
except TypeError:
    print("unhashable")
attempt("non-str key", lambda: types.SimpleNamespace({1: 2}))


class Sub(types.SimpleNamespace):
    pass


print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1), isinstance(Sub(), types.SimpleNamespace))
import copy
print(copy.replace(types.SimpleNamespace(a=1, b=2), b=3))

# --- case: type names
def f():
    yield 1
async def co():
    pass
async def ag():
    yield 1
class K:
    def m(self):
        pass
c = co()
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, type(f()) is types.GeneratorType)
print(type(c) is types.CoroutineType, type(ag()) is types.AsyncGeneratorType, type(K().m) is types.MethodType)
c.close()
print(type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType, type(sys) is types.ModuleType)
print(type(f.__code__) is types.CodeType, type(None) is types.NoneType, type(...) is types.EllipsisType)
print(type(NotImplemented) is types.NotImplementedType, type(type.__dict__) is types.MappingProxyType)
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType, types.GenericAlias(list, (int,)))
print(type(sys._getframe()) is types.FrameType)
try:
    1 / 0
except ZeroDivisionError as exc:
    print(type(exc.__traceback__) is types.TracebackType, type(exc.__traceback__.tb_frame) is types.FrameType)
print(types.ModuleType("fresh").__name__, types.MethodType(lambda self: self * 2, 21)())
mp = types.MappingProxyType({"a": 1})
print(mp["a"], list(mp), len(mp))
attempt("proxy set", lambda: mp.__setitem__("b", 2))


# --- case: new_class and prepare_class
def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hi"


C = types.new_class("C", (object,), exec_body=body)
print(C.__name__, C.x, C().hello(), C.__mro__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": kw}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


D = types.new_class("D", (), {"metaclass": Meta, "flag": True})
print(type(D).__name__, D.prepared)
meta, ns, kw = types.prepare_class("E", (D,), {"flag": 1})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class("F", ())
print(meta, ns, kw)


class Alias:
    def __mro_entries__(self, bases):
        return (dict,)


a = Alias()
print(types.resolve_bases((int, a)), types.resolve_bases((int,)))
G = types.new_class("G", (a,))
print(G.__mro__, G.__orig_bases__ == (a,), types.get_original_bases(G) == (a,), types.get_original_bases(int))


# --- case: DynamicClassAttribute
class WithDyn:
    def __init__(self):
        self._v = 5
    @types.DynamicClassAttribute
    def value(self):
        "the value"
        return self._v


print(WithDyn().value, "value" in WithDyn.__dict__)
attempt("class access", lambda: WithDyn.value)


# --- case: coroutine decorator
@types.coroutine
def gen_coro():
    yield "step"
    return "done"


async def runner():
    return await gen_coro()


r = runner()
print(r.send(None))
try:
    r.send(None)
except StopIteration as stop:
    print("result", stop.value)
