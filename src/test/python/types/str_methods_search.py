# str methods, part 2: searching, splitting, joining, replacing, encoding.

s = "the quick brown fox jumps over the lazy dog"

# --- case: find, rfind, index, rindex, count
print(s.find("the"), s.rfind("the"), s.find("cat"), s.find("o", 15), s.find("o", 15, 20), s.find(""), s.rfind(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 0, 20))
print("abc".find("c", -1), "abc".find("a", -100), "abc".find("", 5), "abc".rfind("", 1, 2))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)

# --- case: startswith and endswith with tuples and ranges
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "dog")), s.startswith("quick", 4))
print(s.endswith("fox", 0, 19), "".startswith(""), "abc".startswith(""), "abc".endswith("c", 1, 2))

# --- case: split and rsplit
print(s.split(), s.split(" ", 2), s.rsplit(" ", 2), "a,b,,c".split(","), "a,b,,c".split(",", 1))
print("  lead  and trail  ".split(), "  lead  and trail  ".split(" "), "".split(), "".split(","), "x".split("x"))
print("a b c".rsplit(None, 1), "a\tb\nc\x0bd\x0ce\x1cf".split(), "1<>2<>3".split("<>"), "abc".split("abc"))

# --- case: splitlines
text = "one\ntwo\r\nthree\rfour\x0bfive\x1cseven\u2028eight\n"
print(text.splitlines(), text.splitlines(keepends=True)[:3], "".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())

# --- case: partition and rpartition
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)

# --- case: join
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("one",)), "+".join(str(i) for i in range(4)))
try:
    ",".join(["a", 2])
except TypeError as e:
    print(type(e).__name__, e)

# --- case: replace with counts
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"))
print("aaa".replace("aa", "b"), "hello".replace("l", ""), "x".replace("x", "yy", 0), "abc".replace("b", "B", count=-1))

# --- case: encode
print("café".encode(), "café".encode("utf-8"), "café".encode("latin-1"), "café".encode("ascii", "ignore"), "café".encode("ascii", "replace"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), "A".encode("utf-32-be"), "é".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# --- case: format and format_map
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {1.real}".format([5, 6], 3))
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"), "{!r} {!s} {!a}".format("é", "é", "é"), "{{{}}}".format(7))
print("{name} is {age}".format_map({"name": "Ada", "age": 36}), "{0:{1}}".format(3.14159, ".2f"))
class Default(dict):
    def __missing__(self, key): return f"<{key}>"
print("{a} {b}".format_map(Default(a=1)))

# --- case: comparison and containment
print("abc" < "abd", "abc" < "ab", "B" < "a", "é" > "z", "a" in "abc", "" in "abc", "ac" in "abc", "abc" == "abc")

# --- case: multiplication and concatenation
print("ab" * 3, 3 * "x", "ab" * 0, "ab" * -1, "a" + "b" + "c")

# --- case: misc: str(), len, iteration, min/max, sorted
print(list("héllo"), len("héllo"), min("hello"), max("hello"), sorted("hello"), "".join(reversed("abc")))
