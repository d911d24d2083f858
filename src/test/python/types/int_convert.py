# int(): parsing with bases and underscores; to_bytes / from_bytes.

# --- case: int() with explicit bases
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Z", 36), int("10", 3))
print(int("0b101", 2), int("0o17", 8), int("0xff", 16), int("-0x1F", 16), int("+42"), int("-0"))

# --- case: base 0 infers from prefix
for s in ["0b11", "0o17", "0x1f", "42", "0", "00", "-0x10", "0_0", "1_2_3", "0b_1"]:
    print(repr(s), int(s, 0))

# --- case: underscores and whitespace
print(int("1_000_000"), int(" \t 12 \n"), int("0x_ff", 16), int("f_f", 16))
for s in ["_1", "1_", "1__2", "1 2", "0x", "- 1"]:
    try:
        int(s, 0)
    except ValueError as e:
        print(type(e).__name__, e)

# --- case: int() of bytes and bytearray
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))

# --- case: int() of floats truncates toward zero
print(int(2.9), int(-2.9), int(1e20), int(-0.0), int(2 ** 70 + 0.0))

# --- case: non-ASCII digits
print(int("١٢٣"), int("１２"), float("１.５"))

# --- case: to_bytes
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (255).to_bytes(1, "big"))
print((0).to_bytes(0, "big"), (1).to_bytes(), (2 ** 64).to_bytes(9, "big"))
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)

# --- case: from_bytes
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 0], "big"), int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes(b"\x01\x02\x03"), int.from_bytes(bytearray(b"\xff\xff"), "little", signed=True))

# --- case: round trips
for v in [0, 1, -1, 127, -128, 255, 2 ** 63, -(2 ** 63), 10 ** 30]:
    n = (v.bit_length() + 8) // 8
    bs = v.to_bytes(n, "big", signed=True)
    print(v, bs.hex(), int.from_bytes(bs, "big", signed=True) == v)

# --- case: int subclasses and bool through int()
print(int(True), int(False), type(int(True)).__name__)

# --- case: int with base for non-string is an error
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
