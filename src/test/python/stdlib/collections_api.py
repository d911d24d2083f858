# collections / collections.abc: OrderedDict views, concrete type names, Buffer registrations, heapq checks.
import collections.abc as cabc
from collections import OrderedDict
import functools
import heapq

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print("b" in od.keys(), ("c", 3) in od.items(), 3 in od.values(), len(od.keys()))
print(sorted(od.keys() & {"a", "z"}), od.keys() == {"a", "b", "c"}, od.items() - {("a", 1)} == {("b", 2), ("c", 3)})
print(isinstance(od.keys(), cabc.KeysView), isinstance(od.items(), cabc.ItemsView),
      isinstance(od.values(), cabc.ValuesView))
print(OrderedDict(), OrderedDict({"x": [1]}))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

for name in ["bytes_iterator", "bytearray_iterator", "dict_keyiterator", "dict_valueiterator",
             "dict_itemiterator", "list_iterator", "list_reverseiterator", "range_iterator",
             "set_iterator", "str_iterator", "tuple_iterator", "zip_iterator", "dict_keys",
             "dict_values", "dict_items", "mappingproxy", "generator", "coroutine",
             "async_generator", "FunctionType", "EllipsisType"]:
    print(name, getattr(cabc, name))
print(issubclass(cabc.list_iterator, cabc.Iterator), issubclass(cabc.dict_items, cabc.ItemsView))
print([issubclass(t, cabc.Buffer) for t in (bytes, bytearray, memoryview, str)])
print(issubclass(memoryview, cabc.Sequence))

print([name for name in ("func", "args", "keywords") if name in dir(functools.partial)])
p = functools.partial(int, base=2)
print(p.func, p.args, p.keywords, p("101"))

calls = [(heapq.heappush, ((1,), 2)), (heapq.heappop, (1,)), (heapq.heapreplace, ("x", 2)),
         (heapq.heappushpop, (None, 2)), (heapq.heapify, ((3, 1),))]
for function, args in calls:
    try:
        function(*args)
    except TypeError as e:
        print("TypeError:", e)
