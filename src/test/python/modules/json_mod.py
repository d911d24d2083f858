# The json module: round trips, options, errors, hooks and subclassing.
import json

# --- case: dumps and loads round trip
doc = {"name": "taipan", "tags": ["a", "b"], "n": 3, "x": 2.5, "ok": True, "none": None}
text = json.dumps(doc)
print(text)
print(json.loads(text) == doc, json.dumps(json.loads(text), sort_keys=True))

# --- case: formatting options
print(json.dumps({"a": [1, 2, {"b": []}]}, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps("é\u2028😀"), json.dumps("é😀", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), 1e16, 0.1]))

# --- case: encoding errors
for obj, kw in [(object(), {}), ({(1, 2): 3}, {}), (float("nan"), {"allow_nan": False})]:
    try:
        json.dumps(obj, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)

# --- case: decoding errors carry position, line and column
for bad in ['', '[1,]', '{"a" 1}', '[1,\n 2,\n x]', '"abc', '1 2']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, "|", e.pos, e.lineno, e.colno, isinstance(e, ValueError))

# --- case: hooks
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=repr))

# --- case: subclassing JSONEncoder.default and JSONDecoder
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder), SetEncoder(indent=1).encode([{1}]))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print(type(e).__name__, e)
print(json.JSONDecoder().raw_decode('[1] tail'), json.loads(b'{"k": "\xc3\xa9"}'))

# --- case: dump and load on file-like objects
class Buffer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return "".join(self.parts)
buf = Buffer()
json.dump({"x": [1, 2]}, buf)
print(buf.read(), json.load(buf))
