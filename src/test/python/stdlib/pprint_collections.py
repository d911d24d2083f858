import pprint, collections, types, dataclasses
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList, UserString
d = {f'key{i}': list(range(i * 3)) for i in range(6)}
for o in [OrderedDict(d), defaultdict(list, d), Counter('abracadabra' * 5), deque(range(40)), deque(range(40), maxlen=50), ChainMap(d, {'x': 1}),
          types.SimpleNamespace(**d), types.MappingProxyType(d), UserDict(d), UserList(range(40)), UserString('abc ' * 30), b'abcd efgh' * 20, bytearray(b'xyz ' * 30),
          OrderedDict(), defaultdict(int), Counter(), deque(), ChainMap(), types.SimpleNamespace()]:
    pprint.pprint(o, width=40)
@dataclasses.dataclass
class P:
    name: str
    items: list
    f: float = 1.0
pprint.pprint(P('n' * 20, list(range(30))), width=40)
pprint.pprint([P('a', [1])], width=10)
print(type(pprint.PrettyPrinter._dispatch).__name__, list.__repr__ in pprint.PrettyPrinter._dispatch)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
def _pprint_point(printer, obj, stream, indent, allowance, context, level):
    stream.write('Point(\n' + ' ' * (indent + 2))
    printer._format(obj.x, stream, indent + 2, allowance, context, level)
    stream.write(')')
pprint.PrettyPrinter._dispatch[Point.__repr__] = _pprint_point
pprint.pprint([Point(list(range(12)), 2)], width=30)
