# print, repr, ascii, format, chr, ord, str conversions.
import sys

# --- case: print separators and end
print("a", "b", "c", sep="-")
print("no newline", end="|")
print("next", end="\n")
print(sep=":")
print()
print("x", "y", sep="", end="!\n")
print(*range(4), sep=", ")
print("multi", "sep", sep="<->")
print(None, True, 1.0, [None], sep=" | ")

# --- case: print to stderr does not appear on stdout
print("to stderr", file=sys.stderr)
print("after stderr", flush=True)

# --- case: print to a custom file-like object
class Collector:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
c = Collector()
print("hello", 42, file=c, sep="+", end="$")
print(c.parts)

# --- case: print with None separators uses defaults
print("a", "b", sep=None, end=None)

# --- case: print argument errors
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)

# --- case: sys.stdout.write returns count
n = sys.stdout.write("written\n")
print(n)

# --- case: repr vs str on builtins
for v in ["s", 'q"uote', "it's", 1, 1.0, 1e22, 1e-7, None, b"b", [1, "a"], (1,), {"k": "v"}, {1}, frozenset(), set(), 1 + 0j]:
    print(repr(v), str(v))

# --- case: ascii escapes non-ASCII
print(ascii("café"), ascii("😀"), ascii(["ü", 1]), ascii("plain"), ascii("\x00\n"), ascii(b"\xff"))

# --- case: chr and ord round trips
print(chr(65), chr(0x263A), chr(0x1F600), ord("A"), ord("☺"), ord("😀"), ord("\x00"), repr(chr(0)))
print([chr(c) for c in range(0x41, 0x46)], ord(b"a"), ord(bytearray(b"z")))

# --- case: format builtin
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(1234567, ","), format(0.25, "%"))
print(format(5), format("x"), format(None), format([1]), repr(format(1.0, "")))

# --- case: str of containers uses repr of elements
print(str(["a", 'b"c']), str(("x",)), str({"k": [None]}))

# --- case: str constructor with encoding
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(b"x"))
