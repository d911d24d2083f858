# re.error (PatternError) messages and positions, and other exceptions raised by re.
import re

bad = [
    "(unclosed", "a)", "a**", "*a", "a{2}{3}", "a+?+", "^*", r"\b+", "[z-a]", "[a-\\d]", "[\\d-z]",
    "[abc", "[", "[]", "[^]", r"\q", "a\\", r"\x4", r"\u12", r"\U0011ffff", r"\U1234", r"\400", r"[\8]",
    r"\8", r"(a)\2", r"(a\1)", r"(?P<1a>x)", r"(?P<a>x)(?P<a>y)", r"(?P=b)", r"(?P<a", r"(?P<>x)",
    r"(?P=a", r"(?Px)", r"(?", r"(?<x)", r"(?<=a+)b", r"(?<!a|bc)d", r"(?<=a*)", r"(?z)",
    r"(?i", r"(?-", r"(?-z:a)", r"(?i-i:a)", r"(?a-u:x)", r"(?au)x", r"(?L)x", r"a(?i)b", r"(?#abc",
    r"(?(1)a|b)", r"(?(0)a)", r"(?(x)a)", r"(?(1a)a)", r"(a)(?(1)a|b|c)", r"(?(2)a)(b)", r"(?(3)a)(b)",
    "a{3,2}", "x{99999999999}", "x{4294967295}", "ab\n(cd", "(?x)\n\n  [a", r"(?<=(a))\1", r"(a)(?<=\1)",
    r"(?<=a(?P=x))", r"\N{EM DASH}", r"\N{NO SUCH NAME}", r"\N", r"(?P<a>x)(?P=a", "\\",
]
for pat in bad:
    try:
        r = re.compile(pat)
        print(repr(pat), "ok", r.groups)
    except re.error as e:
        print(repr(pat), "error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)
    except (OverflowError, ValueError) as e:
        print(repr(pat), type(e).__name__, e)

for pat in [b"\\u1234", b"(?u)x", b"[\xe9-a]", b"(?P<\xe9>x)"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "error:", e, e.pos)

for pat, flags in [("x", re.LOCALE), ("x", re.ASCII | re.UNICODE), (b"x", re.UNICODE), (b"x", re.A | re.L)]:
    try:
        re.compile(pat, flags)
    except ValueError as e:
        print("ValueError:", e)

print(issubclass(re.error, Exception), re.error is re.PatternError, re.error.__name__, re.error.__module__)
e = re.error("msg", "pat\ntern", 5)
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("plain")
print(str(e), e.pos, e.lineno, e.colno)

for call in [lambda: re.search(1, "a"), lambda: re.search("a", 1), lambda: re.search("a", b"a"),
             lambda: re.search(b"a", "a"), lambda: re.compile(re.compile("a"), re.I),
             lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").group("x"),
             lambda: re.match("(a)", "a").group(-1), lambda: re.match("(a)", "a").start(3),
             lambda: re.match("(a)", "a")[1.5], lambda: re.sub("a", r"\2", "a"),
             lambda: re.sub("(a)", r"\g<x>", "a"), lambda: re.sub("(a)", r"\g<1", "a"),
             lambda: re.sub("(a)", r"\g1", "a"), lambda: re.sub("(a)", r"\g<>", "a"),
             lambda: re.sub("(a)", r"\g<a b>", "a"), lambda: re.sub("(a)", "\\", "a"),
             lambda: re.sub("(a)", r"\q", "a"), lambda: re.sub("(a)", r"\777", "a"),
             lambda: re.sub("a", lambda m: 1, "xay"), lambda: re.sub("a", b"x", "a"),
             lambda: re.sub(b"a", "x", b"a"), lambda: re.sub("a", 1, "a")]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
