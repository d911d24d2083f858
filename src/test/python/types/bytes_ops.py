# bytes and bytearray basics.

# --- case: construction
print(bytes(), bytes(3), bytes([0, 65, 255]), bytes(range(65, 70)), bytes("héllo", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(2), bytearray(b"xyz"), bytearray("é", "latin-1"), bytearray([1, 2]), bytes.fromhex("de ad BE EF"), bytearray.fromhex("00ff"))

# --- case: indexing gives ints, slicing gives bytes
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[1:]).__name__, list(b[:2]))

# --- case: repr of all byte values classes
print(bytes(range(0, 32)))
print(bytes(range(32, 128)))
print(bytes([128, 200, 255]), b"'", b'"', b"'\"", b"\\")

# --- case: methods shared with str
print(b.upper(), b.capitalize(), b.find(b"l"), b.count(b"l"), b.replace(b"l", b"L", 1), b.split(b"l"), b" a b ".split())
print(b.startswith(b"he"), b.endswith((b"x", b"lo")), b.strip(b"ho"), b"-".join([b"a", b"b"]), b.center(9, b"*"), b.index(b"o"))
print(b"abc".hex(), b"abc".hex(":"), b"\x01\x02\x03\x04".hex("-", 2), b.isalpha(), b"123".isdigit(), b"Ab".islower(), b"a\tb".expandtabs(4))
print(b.partition(b"l"), b.rpartition(b"l"), b"a,b".rsplit(b","), b"Hello World".swapcase(), b"hello world".title(), b"ab".zfill(4))

# --- case: find with int argument
print(b.find(108), b.count(108), 108 in b, b"ll" in b, b.index(111))

# --- case: decode
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"abc".decode("ascii"))

# --- case: operators
print(b + b"!", b * 2, 2 * b"ab", b == b"hello", b < b"help", b"a" < b"b", b"abc" == bytearray(b"abc"))

# --- case: immutability of bytes
try:
    b[0] = 72
except TypeError as e:
    print(type(e).__name__, e)

# --- case: bytearray mutation
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
ba.extend(b"??")
ba += b"."
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(33)
del ba[-1]
print(ba, ba.reverse(), ba)
ba.clear()
print(ba, bytearray(b"abc").copy())
ba2 = bytearray(b"xy")
ba2 *= 3
print(ba2)

# --- case: bytearray errors
for op in [lambda: bytearray(b"a").__setitem__(0, 256), lambda: bytearray(b"a").__setitem__(0, "a"),
           lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytes([-1])]:
    try:
        op()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

# --- case: mixing bytes and str is an error
for op in [lambda: b"a" + "b", lambda: "a" in b"abc", lambda: b"a".join(["b"]), lambda: b"abc".split("b")]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)

# --- case: bytes iteration and conversion
print(list(b"AB"), [chr(c) for c in b"hi"], bytes(list(b"AB")), tuple(bytearray(b"\x00\x01")), int.from_bytes(b"\x00\x10", "big"))

# --- case: hashing: bytes hashable, bytearray not
print(hash(b"a") == hash(b"a"), {b"k": 1}[b"k"])
try:
    hash(bytearray(b"a"))
except TypeError as e:
    print(type(e).__name__, e)

# --- case: memoryview basics
mv = memoryview(b"abcdef")
print(mv[0], mv[1:3].tobytes(), len(mv), mv.readonly, bytes(mv[::2]), mv.tolist()[:3])
mba = memoryview(bytearray(b"xyz"))
mba[0] = 88
print(mba.obj, mba.readonly)

# --- case: iterating bytes and bytearray gives ints
print(list(b"ab"), [x for x in bytearray(b"\x00\xff")], type(iter(b"")).__name__, type(iter(bytearray())).__name__)
it = iter(b"xyz"); next(it); print(it.__length_hint__(), list(it), next(it, "end"))
ba = bytearray(b"ab"); it = iter(ba); next(it); ba.append(99); print(list(it))
print(b"a\nb\rc\r\nd\x0be\x0cf\x1cg\x85h".splitlines(), bytearray(b"x\r\ny\n").splitlines(keepends=True))
