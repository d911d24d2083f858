# The re module's API: flags, Pattern and Match objects, split/findall/finditer/sub/subn, escape.
import re

# Flags
print(re.I, re.IGNORECASE, repr(re.I | re.M), str(re.S), re.NOFLAG, int(re.X), int(re.A | re.U))
print(re.I == 2, re.M.value, re.L, re.DOTALL | 0, type(re.I).__name__, isinstance(re.I, int))
print(sorted(re.RegexFlag.__members__), re.VERBOSE in (re.X | re.I), re.I & re.M)
print([repr(f) for f in re.RegexFlag])

# Pattern objects
p = re.compile(r"(?P<word>\w+)\s(?P<num>\d+)?")
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex), type(p).__name__, type(p).__module__)
print(re.compile("a", re.I | re.M), re.compile(b"a", re.I), re.compile("a", re.A), re.compile("(?i)a"))
print(re.compile("(?s)a").flags, re.compile(b"a").flags, re.compile("a", re.X).flags, re.compile("a", 1), re.compile("a", 1024 | 2))
print(repr(re.compile("a" * 250))[-10:], re.compile("x") == re.compile("x"),
      re.compile("x") == re.compile("x", re.I), re.compile("x") != re.compile("y"),
      hash(re.compile("x")) == hash(re.compile("x")), re.compile("x") is re.compile("x"))
print(re.compile(p) is p, re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])

# Match objects
m = p.search("say hello 42 there")
print(m, m.group(), m.group(0), m.group(1), m.group("num"), m.group(1, "num", 0))
print(m[0], m["word"], m[2], m.groups(), m.groupdict(), m.span(), m.span("num"), m.start(2), m.end(1))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string, m.regs, bool(m))
m2 = re.match(r"(a)(b)?(c)?", "ac")
print(m2.groups(), m2.groups("-"), m2.group(2), m2.span(2), m2.start(2), m2.regs)
m3 = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m3.groupdict(), m3.groupdict(0), m3.expand(r"[\1|\g<a>|\g<b>|\g<0>]"))
print(re.match(".*", "x" * 60))
print(re.match(b"a(b)", b"abc"), re.match(b"a(b)", b"abc").group(1), re.match(b"a", bytearray(b"ab")).group())
print(re.search("é(.)", "xéyz"), re.search("😀(.)", "a😀bc").span(1))
print(m.__copy__() is m, type(m).__name__)

# findall, finditer
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2"), re.findall(r"(\w)\d", "a1 b2"))
print(re.findall(r"x*", "axxb"), re.findall(r"\b", "ab cd"), re.findall("", "abc"), re.findall("(a)|b", "ab"))
print(re.findall(r"\d", "1a2b3", ), re.compile(r"\d").findall("1a2b3", 1, 4), re.findall(b"a.", b"abacad"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")], [m.group() for m in re.finditer("x*", "axxb")])
it = re.finditer("a", "aa")
print(type(it).__name__, next(it).span(), next(it).span(), next(it, "done"), iter(it) is it)
print([m.span() for m in re.compile("a").finditer("aaaa", 1, 3)])

# split
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(",", "a,b,c", maxsplit=1), re.split(r"x*", "axbc"), re.split(r"\b", "ab cd"))
print(re.split("", "abc"), re.split("(?=b)", "abab"), re.split(",", ""), re.split(b",", b"a,b"))
print(re.compile(",").split("a,b,c,d", 2), re.split("(a)?b", "xbyab"), re.split("a", "bab", maxsplit=-1))
print(re.sub("a", "x", "aaa", count=-1), re.subn("a", "x", "aaa", count=-5), re.compile("a").split("bab", -2))

# sub, subn
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"), re.sub("a", "b", "banana", count=2))
print(re.sub(r"x*", "-", "abxd"), re.sub("", "-", "abc"), re.subn("a", "b", "banana"), re.subn("z", "b", "x"))
print(re.sub(r"(?P<w>\w)", r"<\g<w>\g<1>\g<0>>", "ab"), re.sub("(a)|b", r"[\1]", "ab"))
print(re.sub("a", r"\n\t\\", "xax"), re.sub("a", "\\\\1", "a"), re.sub(r"(.)", r"\01\1", "ab"), re.sub("(.)", r"\101", "x"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("a", lambda m: None, "bab"))
print(re.sub(b"a(.)", rb"\1!", b"abac"), re.sub(b"a", lambda m: b"X", b"aba"), re.subn("(?m)^", "> ", "l1\nl2"))
print(re.sub("a", "\\-", "a"), re.sub("a", "\\é", "a"), re.compile("o").sub("0", "foo boo", count=3))
print(re.sub("(b)?c", r"[\1]", "ac bc"), re.sub("a", "x", "aaa", count=0), re.sub(".", "-", "😀é"))

# escape and purge
print(re.escape("a.b*c"), re.escape("a b\t#-~&é_1"), re.escape(b"a.b\x00 "), re.escape(""))
print(re.purge(), re.match(re.escape("[x](y)+"), "[x](y)+").group())
print(sorted(n for n in re.__all__))
