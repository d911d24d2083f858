import pprint, io
data = {'name': 'Widget', 'tags': ['alpha', 'beta', 'gamma', 'delta'], 'dims': {'w': 10, 'h': 20, 'd': (1, 2, 3)},
        'notes': 'The quick brown fox jumps over the lazy dog. ' * 4, 'ids': set(range(15)), 'frozen': frozenset(range(9, 3, -1)),
        'nested': [[1, 2, [3, 4, [5, 6, [7, 8]]]], {'x': {'y': {'z': 1}}}], 'big': 12345678901234567890, 'b': b'bytes ' * 20,
        'single': (1,), 'empty': [(), [], {}, set(), ''], 'mixed': {1: 'a', 'b': 2, (1, 2): None}, 'float': 3.14159}
for w in (80, 40, 20, 1):
    print('--- width', w)
    pprint.pprint(data, width=w)
print('--- compact'); pprint.pprint(data, width=50, compact=True)
print('--- indent'); pprint.pprint(data, indent=4, width=60)
print('--- depth'); pprint.pprint(data, depth=2); pprint.pprint(data['nested'], depth=3)
print('--- nosort'); pprint.pprint(data, sort_dicts=False, width=60)
print('--- pp'); pprint.pp({'z': 1, 'a': [1] * 30}); pprint.pp({'z': 1, 'a': 2}, sort_dicts=True)
print(pprint.pformat(10**12, underscore_numbers=True), pprint.pformat([10**6, -1234567], underscore_numbers=True))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat(['a' * 30, 'b' * 30, 'c' * 5] * 2, compact=True, width=40))
s = 'line one\nline two is much longer than the others, with many words to wrap around\n\nlast'
print(pprint.pformat(s, width=30)); print(pprint.pformat([s], width=30)); print(pprint.pformat({'k': s}, width=30))
print(pprint.pformat('x' * 100, width=20))
r = [1, 2]; r.append(r); d = {'a': 1}; d['self'] = d
print(pprint.saferepr(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r), pprint.isreadable(r))
print(pprint.pformat(d).startswith("{'a': 1, 'self': <Recursion on dict with id="))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object()]), pprint.isrecursive([1]), pprint.saferepr({'b': 1, 'a': [2]}))
pr = pprint.PrettyPrinter(width=20, indent=2)
print(pr.pformat(list(range(8))), pr.isreadable({1: 2}), pr.isrecursive(r))
out = io.StringIO(); pprint.pprint({'a': 1}, stream=out); print(repr(out.getvalue()))
pprint.PrettyPrinter(stream=out).pprint([1]); print(repr(out.getvalue()))
for kw in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**kw)
    except ValueError as e: print('ValueError', e)
class MyList(list): pass
class MyDict(dict):
    def __repr__(self): return 'MyDict!'
print(pprint.pformat(MyList(range(30)), width=20)[:30]); print(pprint.pformat(MyDict(a=1), width=1))
print(pprint.pformat({'b': 1, 'a': 2, 3: 'c', None: 0}))
print(pprint.pformat([(i, str(i) * i) for i in range(12)]))
print(pprint.__all__)
