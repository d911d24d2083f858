# json: the json.decoder / json.encoder / json.scanner submodules, detect_encoding, and
# every keyword of dump/dumps/load/loads, subclassing and JSONDecodeError positions.
import io
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict
from decimal import Decimal
from json.decoder import JSONDecodeError, scanstring

print(json.decoder.JSONDecoder is json.JSONDecoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(JSONDecodeError is json.JSONDecodeError, issubclass(JSONDecodeError, ValueError))
print(json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf, json.encoder.INFINITY)
print(scanstring('"ab\\n" x', 1), scanstring('xyz"', 1), scanstring('"a\x01b"', 1, False))
for bad in [('"ab', 1), ('"a\x01b"', 1), ('"\\q"', 1)]:
    try:
        scanstring(*bad)
    except JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, e.lineno, e.colno)
print(json.encoder.encode_basestring('a"\u00e9\n'), json.encoder.encode_basestring_ascii('a"\u00e9\n\U0001f600'))
scan = json.scanner.make_scanner(json.JSONDecoder())
print(scan('[1, 2] 3', 0), scan('xx 3', 3), scan('{"a": null}', 0))
for text in ['xx', ' 1', '']:
    try:
        scan(text, 0)
    except StopIteration as e:
        print("StopIteration", e.value)
for data in [b'{"a": 1}', '{"a": 1}'.encode('utf-16'), '[1]'.encode('utf-16-le'),
             '[1]'.encode('utf-16-be'), '[1]'.encode('utf-32-le'), '[1]'.encode('utf-32-be'),
             '1'.encode('utf-16-le')]:
    print(json.detect_encoding(data), json.loads(data))
print(json.detect_encoding(b'\xef\xbb\xbf[2]'), json.detect_encoding(b'\xff\xfe\x00\x00'),
      json.detect_encoding(b'\x00\x00\xfe\xff'), json.detect_encoding(b''))

# dumps keywords
obj = {"b": [1, 2.5, None, True], "a": {"x": "\u00e9"}, 3: "int key", 1.5: "float key"}
print(json.dumps(obj, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, {}], []], indent="\t"))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")), json.dumps({"a": 1}, indent=0))
print(json.dumps("\u00e9\U0001f600", ensure_ascii=False), json.dumps("\u00e9\U0001f600"))
print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True))
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print("TypeError", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"d": Decimal("1.10"), "s": {3, 1, 2}}, default=lambda o: sorted(o) if isinstance(o, set) else str(o)))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", str(e).split(" at ")[0] if " at " in str(e) else e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({"a": {1}})
except TypeError as e:
    print("TypeError", e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {2, 1}}, cls=SetEncoder), SetEncoder(indent=1).encode([{2}]))
print("".join(json.JSONEncoder(sort_keys=True).iterencode({"b": 1, "a": [1, 2]})))
enc = json.JSONEncoder()
print(enc.item_separator, repr(enc.key_separator), enc.indent, enc.sort_keys, enc.skipkeys,
      enc.ensure_ascii, enc.check_circular, enc.allow_nan)
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(repr(buf.getvalue()))

# loads keywords
text = '{"a": 1.5, "b": [1, 2], "c": NaN, "d": -Infinity, "a": 2}'
print(json.loads(text))
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, object_hook=lambda d: sorted(d)))
print(json.loads('[1.10, 2, 3e2]', parse_float=Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda name: "const:" + name))
print(json.loads('"\\ud83d\\ude00 \\u00e9"'), json.loads(' \n [] \n'))
print(json.load(io.StringIO('{"x": [true, false, null]}')))
print(json.loads('"a\tb"', strict=False))


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return {k.upper(): v for k, v in super().decode(s).items()}


print(json.loads('{"a": 1}', cls=UpperDecoder))
dec = json.JSONDecoder(object_hook=dict)
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('xx [2]', 3))
print(dec.strict, dec.object_hook is dict, dec.parse_float is float, dec.object_pairs_hook)

for bad in ['', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', 'tru', '{1: 2}', '[1]\n x',
            '\ufeff[1]', '"a\tb"', '[', '{"a":', '-', '01', '1.', '"\\u12"', '\n\n  @']:
    try:
        json.loads(bad)
    except JSONDecodeError as e:
        print(repr(bad), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
try:
    json.loads(1)
except TypeError as e:
    print("TypeError", e)
err = JSONDecodeError("msg", "ab\ncd", 4)
print(err, err.args, err.lineno, err.colno)


class Chunked(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        yield "<"
        yield from super().iterencode(o, _one_shot)
        yield ">"


print(json.dumps([1, {"a": 2}], cls=Chunked), Chunked().encode({"b": None}), Chunked().encode("s"))


class Renamed(json.JSONEncoder):
    def encode(self, o):
        return "custom:" + super().encode(o)


print(json.dumps([1], cls=Renamed))
