# re with bytes patterns, and the flags that change how characters match.
import re

# bytes patterns and subjects
print(re.findall(rb"\w+", b"caf\xe9 na\xefve 12_x"), re.findall(rb"\d", b"1\xb2"), re.findall(rb"\s", b"\x1c \x85\t"))
print(re.match(rb"(?i)caf\xc9", b"caf\xe9"), re.match(rb"(?i)abc", b"ABC").group(), re.search(rb"\bx\b", b"a x b").span())
print(re.sub(rb"(\d+)", rb"<\1>", b"a1b22"), re.split(rb"\W+", b"a, b;c"), re.escape(b"1+1=2"))
print(re.match(b"a", bytearray(b"abc")).group(), re.search(rb"\x00+", b"a\x00\x00b").span())
print(re.compile(rb"(?P<n>\d)").match(b"5").groupdict(), re.fullmatch(rb"[\x80-\xff]+", b"\x80\xff"))
m = re.search(rb"(b+)", memoryview(b"abbc")) if False else re.search(rb"(b+)", b"abbc")
print(m, m.group(1), m.string, m.expand(rb"[\1]"))
print(re.compile(rb"a", re.L | re.I).flags, re.compile(rb"(?L)a").flags, re.compile(rb"(?a)a").flags)

# str patterns: Unicode classes by default, ASCII with re.A / (?a)
s = "école 42 ٣٤ x_y naïve \u00a0 end"
print(re.findall(r"\w+", s), re.findall(r"\w+", s, re.A), re.findall(r"(?a:\w+)", s))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.ASCII), re.findall(r"\s", s), re.findall(r"\s", s, re.A))
print(re.findall(r"\b\w", "éa bé"), re.findall(r"\b\w", "éa bé", re.A), re.findall(r"\W+", "a-é+b"))
print(re.findall(r"(?u)\w+", "éa"), re.compile("x", re.U).flags, re.compile("(?a)x").flags)

# IGNORECASE in its Unicode and ASCII flavours
for pat, text in [("É", "é"), ("é", "É"), ("k", "\u212a"), ("s", "\u017f"), ("ß", "SS"), ("[a-z]", "K"),
                  ("[^a-z]", "K"), ("Σ", "ς"), ("σ", "Σ"), ("ǅ", "ǆ"), ("i", "İ"), ("ı", "I"), ("[ǅ]", "Ǆ"),
                  ("µ", "μ"), ("(a)\\1", "aA"), ("[\\w]", "É"), ("[é-ë]", "Ê")]:
    print(repr(pat), repr(text), bool(re.fullmatch(pat, text, re.I)), bool(re.fullmatch(pat, text, re.I | re.A)))

# MULTILINE, DOTALL, VERBOSE
t = "one\ntwo\nthree\n"
print(re.findall(r"^\w+$", t), re.findall(r"^\w+$", t, re.M), re.findall(r"\w+$", t), re.findall(r".+", t, re.S))
print(re.findall(r"(?m)^t", t), re.search(r"\Athree", t), re.search(r"three\Z", t), re.search(r"three$", t).span())
print(re.findall(r"e$", "e\ne\n", re.M), re.findall(r"$", "a\nb\n"), re.findall(r"(?m)$", "a\nb\n"))
v = re.compile(r"""
    (?P<int> \d+ )      # digits
    \s* [+] \s*         # a plus
    (?P<frac> \d+ )     # more digits
""", re.VERBOSE)
print(v.match("12 + 34").groupdict(), v.flags, re.match(r"(?x) a [ ] b \# c", "a b#c"))
print(re.match(r"(?x: a b ) c", "abc"), re.match(r"(?x: a b ) c", "ab c"), re.match(r"(?-x: a)", " a"))
print(re.match(r"(?i)a(?-i:a)a", "AaA"), re.match(r"(?i)a(?-i:a)a", "AAA"), re.match(r"(?s:.)(?-s:.)?", "\n\n").span())

# Combined flags and flag objects
f = re.I | re.M
print(f, type(f).__name__, int(f), re.compile("^a", f).findall("A\na"), re.search("a", "A", flags=re.IGNORECASE))
print(re.compile("a", re.RegexFlag(2)).flags, re.compile("a", 2 | 8).flags, re.RegexFlag(10), re.RegexFlag(0))
