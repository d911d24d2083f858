# struct: every format code, byte orders, native alignment, Struct objects and buffers.
import struct

for order in "@=<>!":
    for code in "bBhHiIlLqQ":
        fmt = order + code
        size = struct.calcsize(fmt)
        lo = -(1 << (8 * size - 1)) if code.islower() else 0
        hi = (1 << (8 * size - (1 if code.islower() else 0))) - 1
        packed = struct.pack(fmt, lo) + struct.pack(fmt, hi)
        print(fmt, size, packed.hex(), struct.unpack(fmt + code, packed))
for code in "nNP":
    print(code, struct.calcsize(code), struct.pack(code, 5), struct.unpack(code, struct.pack(code, 5)))

for fmt in ["<e", ">e", "<f", ">f", "<d", ">d", "e", "f", "d"]:
    for value in [0.0, -0.0, 1.5, -2.25, 65504.0, 1e-7, 3.141592653589793, float("inf"), float("-inf")]:
        try:
            print(fmt, value, struct.pack(fmt, value).hex(), struct.unpack(fmt, struct.pack(fmt, value)))
        except OverflowError as e:
            print(fmt, value, "OverflowError", e)
print(struct.unpack("<e", struct.pack("<e", float("nan")))[0] != 0)
for value in [2049.0, 2051.0, 0.1, 1e-8, 6e-8, 3e-8, 65519.0]:
    print("half", value, struct.pack(">e", value).hex())

print(struct.pack("?", []), struct.pack("?", 5), struct.unpack("??", b"\x00\x07"))
print(struct.pack("c", b"z"), struct.unpack("3c", b"abc"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"x"), struct.unpack("3s", b"xyz"))
print(struct.pack("5p", b"abcdefg"), struct.pack("p", b"ab"), struct.pack("3p", b"a"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("300p", b"x" * 300)[:3], struct.unpack("300p", struct.pack("300p", b"y" * 300))[0][-3:])
print(struct.pack("3x"), struct.pack("b2xb", 1, 2), struct.unpack("b2xb", b"\x01\x00\x00\x02"))

for fmt in ["ci", "ic", "@ci", "=ci", "<ci", "c0i", "0i", "cxi", "c3s i", "@?q", "bP", "be", "hd", "bbbbq", "qb",
            "5i", "i 2h", "4s4s", "xxxxq", "ll", "<qdI", ">2d", "!hh", "", "@"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@hq", 1, 2))

class Index:
    def __index__(self):
        return 7
print(struct.pack("b", Index()), struct.pack("f", 1), struct.pack("d", True), struct.pack("i", True), struct.pack("<f", Index()))

s = struct.Struct("<hI")
print(s, s.format, s.size, type(s).__name__, struct.Struct(b">q").format)
print(s.pack(-1, 70000), s.unpack(b"\xff\xff\x70\x11\x01\x00"), s.unpack_from(b"XX\x01\x00\x02\x00\x00\x00", 2))
print(s.unpack_from(b"\x01\x00\x02\x00\x00\x00YY"), s.unpack_from(buffer=b"\x01\x00\x02\x00\x00\x00", offset=0))
buf = bytearray(10)
s.pack_into(buf, 2, 5, 6)
struct.pack_into(">h", buf, -2, 258)
print(buf, struct.unpack_from("<hI", buf, 2), struct.unpack_from("<h", buf, -10))
mv = memoryview(bytearray(4))
struct.pack_into("<I", mv, 0, 0x01020304)
print(mv.tobytes(), struct.unpack("<I", mv), struct.unpack("<I", bytearray(b"\x01\x00\x00\x00")))
it = struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(list(struct.iter_unpack("2s", b"abcd")), list(struct.iter_unpack("b", b"")))
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8), struct.unpack(">Q", b"\x80" + b"\x00" * 7))
print(struct.pack("<Q", 2 ** 64 - 1), struct.pack(">q", -2 ** 63))
