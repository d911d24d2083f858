# str methods, part 1: case, predicates, padding, stripping.

samples = ["hello world", "Hello World", "HELLO", "hello", "", " ", "123", "12.5", "abc123", "ß", "ǅungla",
           "ﬁ", "İstanbul", "Σίσυφος", "\t\n", "٣", "½", "²", "ⅷ", "_id", "class", "x y", "ÀÉÎ", "i̇"]

# --- case: case conversions
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))

# --- case: predicates
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())

# --- case: padding and alignment
s = "abc"
print(repr(s.center(9)), repr(s.center(8, "*")), repr(s.ljust(6, ".")), repr(s.rjust(6)), repr(s.center(2)))
print(repr("42".zfill(6)), repr("-42".zfill(6)), repr("+4".zfill(4)), repr("abc".zfill(5)), repr("".zfill(3)))
print(repr("a\tbc\td".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))

# --- case: stripping
t = "  \t xxhixx \n "
print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("www.example.com".lstrip("cmowz.")), repr("prefix-body".removeprefix("prefix-")), repr("body.txt".removesuffix(".txt")))
print(repr("nope".removeprefix("x")), repr("\u00a0 nbsp\u2003".strip()))

# --- case: title case edge cases
print("they're bill's friends".title(), "hello_world-foo bar".title(), "3rd place".title(), "ÉCOLE".title())

# --- case: str.maketrans and translate
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1"}))
print("tab".translate(str.maketrans({"t": "TT", "b": None})))
