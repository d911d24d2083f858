# Code-point indexing with non-BMP characters and other unicode behaviour.

s = "a😀b€c𝄞"

# --- case: length and indexing by code point
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[-2], [c for c in s])
print(s[1:3], s[::-1], s[::2], s.find("b"), s.index("𝄞"), s.count("😀"))

# --- case: ord/chr of non-BMP characters
print([ord(c) for c in s], chr(0x1D11E), chr(0x10FFFF) == "\U0010ffff", len(chr(0x10FFFF)))

# --- case: encode/decode lengths
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")), s.encode("utf-8").decode("utf-8") == s)

# --- case: surrogates are code points, not valid UTF-8
sur = "\ud83d\ude00"
print(len(sur), sur == "😀", repr(sur))
try:
    sur.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
print(sur.encode("utf-8", "surrogatepass"), sur.encode("utf-16", "surrogatepass").decode("utf-16") == "😀")

# --- case: methods operate on code points
print("😀x😀".split("x"), "😀😀".replace("😀", "ab", 1), "x😀".center(5, "😀"), "😀".upper(), "😀".isprintable(), "😀".isalpha())
print(sorted("b😀a€"), max("a😀€"), "😀" > "€", "\U0001F600" < "\U0001F601")

# --- case: combining characters are separate code points
e1 = "é"
e2 = "e\u0301"
print(len(e1), len(e2), e1 == e2, e2.upper(), [hex(ord(c)) for c in e2])

# --- case: string comparisons are by code point
print("Z" < "a", "a" < "á", "ß" < "ẞ", "\uffff" < "\U00010000")

# --- case: iteration with enumerate over non-BMP
for i, c in enumerate("x😀y"):
    print(i, c, hex(ord(c)))

# --- case: repr of non-printable and printable unicode
print(repr("\u200b"), repr("\u00ad"), repr("\u2028"), repr("\U000e0001"), repr("\U0001F600"), repr("\x85"), repr("ñ"))

# --- case: bytes decode errors handlers
raw = b"ok\xffok\xe2\x82"
print(raw.decode("utf-8", "replace"), raw.decode("utf-8", "ignore"), raw.decode("utf-8", "backslashreplace"), raw.decode("latin-1"))

# --- case: str.isdigit etc on non-BMP digits
print("𝟙".isdigit(), "𝟙".isdecimal(), int("𝟙𝟚"), "𐍈".isalpha())

# --- case: slicing with steps over mixed width characters
t = "😀a😁b😂c"
print(t[::2], t[1::2], t[-1:-5:-2], t[2:5])
