# Matching semantics of re: search/match/fullmatch, groups, classes, quantifiers, assertions.
import re

def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), repr(m.group()), m.groups())

cases = [
    (r"a+b", "xaaab"), (r"(a|b)*c", "ababc"), (r"(a*)*b", "aab"), (r"a.*b", "a123b45b6"),
    (r"a.*?b", "a123b45b6"), (r"(\w+)@(\w+)", "me@host"), (r"(?<=\$)\d+", "cost $30"),
    (r"\bcat\b", "concat cat."), (r"(a)(?(1)b|c)", "ab"), (r"(a)?(?(1)b|c)", "c"),
    (r"(?P<x>a)(?P=x)", "aa"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaa"), (r"a++a", "aaa"),
    (r"a*+b", "aab"), (r"(?:ab){2,3}", "abababab"), (r"x{2,}?", "xxxx"), (r"x{,2}", "xxxx"),
    (r"x{2}", "xxxx"), (r"x{}", "x{}"), (r"x{a}", "x{a}"), (r"x{1,", "x{1,"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"^$", ""), (r"(?!a)\w", "ab"), (r"(?<!a)b", "abcb"),
    (r"(a)|b", "b"), (r"((a)|b)+", "ab"), (r"(a?)+?b", "aab"), (r"[^a-c]+", "abcdef"),
    (r"\d+\s*\w", "x 12  z"), (r"[\d.]+", "v1.25x"), (r"[a\-z]+", "-az-b"), (r"[]a]+", "a]b"),
    (r"[^]a]+", "a]bc"), (r"[\w-]+", "foo-bar baz"), (r"[a-]+", "a-a-b"), (r"\x41\u0042\U00000043\101", "ABCA"),
    (r"\0", "a\0b"), (r"[\0-\x1f]+", "ab\x01\x02c"), (r"\.\*\+", "a.*+b"), (r".", "\n"),
    (r"(?s).", "\n"), (r"a$", "a\n"), (r"a$", "a\nb"), (r"(?m)a$", "a\nb"), (r"a\Z", "a\n"),
    (r"\Aa", "ba"), (r"(?m)^b", "a\nb"), (r"\Bb", "ab"), (r"\B", ""), (r"\b", ""),
    (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"), (r"(a)\1", "aa"), (r"(?i)(a)\1", "aA"),
    (r"(?i)straße", "STRASSE"), (r"(?i)[k]", "\u212a"), (r"(?i)\u212a", "k"), (r"(?i)ſ", "S"),
    (r"(?i)[a-z]+", "HeLLo"), (r"(?a)\w+", "héllo"), (r"\w+", "héllo wörld"), (r"\d+", "x١٢٣y"),
    (r"(?a)\d+", "x١٢٣y12"), (r"\s+", "a\u00a0\u2003b"), (r"(?a)\s+", "a\u00a0 b"), (r"[^\W\d]+", "ab12cd"),
    (r"(?x) a b # comment\n c", "abc"), (r"(?x)[ ]a", " a"), (r"(?x)a\ b", "a b"), (r"a(?#comment)b", "ab"),
    (r"(?i:a)b", "Ab"), (r"(?i:a)b", "AB"), (r"(?i)a(?-i:b)", "AB"), (r"(?i)a(?-i:b)", "Ab"),
    (r"(a)(?:b)(c)", "abc"), (r"(?=(a+))a*b\1", "baaabac"), (r"(?<=ab)c", "abc"), (r"(?<=a|b)c", "bc"),
    (r"(?<!^)x", "xxx"), (r"(?<=(a))b", "ab"), (r"(?<=\b)x", "a x"), (r"(a+)+$", "aaa"),
    (r"(ab|a)*?b", "ababb"), (r"a{0}b", "ab"), (r"(?:)*", "abc"), (r"()*", "x"), (r"(a*)+", "b"),
    (r"(a*)*", "b"), (r"(a|)+", "aab"), (r"(?:a|())*?b", "ab"), (r"é+", "ééé"), (r"😀+.", "😀😀x"),
    (r"[😀-😂]+", "a😁😂b"), (r".{3}", "a😀b"), (r"(?i)É", "é"), (r"[\s\S]+", "a\nb"),
]
for pat, s in cases:
    show(pat, s)

print(re.match("a", "ba"), re.match("b", "ba"), re.fullmatch("a|ab", "ab").group())
print(re.fullmatch(r"\w+", "abc!"), re.fullmatch("a*?", "aaa").span())
p = re.compile(r"(\d+)")
print(p.search("ab12cd345", 4).group(), p.search("ab12cd345", 0, 3).group(), p.match("12ab", 1))
print(p.search("ab12", 10), p.search("ab12", -5).span(), p.search("ab12cd", 2, 3).group())
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("b\na", 1).span())
print(re.compile("a$").search("ab", 0, 1).span(), re.compile(r"\b").search("ab", 1, 1))
print(p.fullmatch("x123y", 1, 4).group(), p.fullmatch("x123y", 1, 3).group())

print(re.match(r"(a)|(b)", "b").lastindex, re.match(r"(a)(b)", "ab").lastindex,
      re.match(r"((a)b)", "ab").lastindex, re.match(r"(?P<n>a)|(?P<m>b)", "b").lastgroup,
      re.match(r"a", "a").lastindex, re.match(r"(a)b(?:c)", "abc").lastgroup)

# A long subject must not exhaust the Java stack.
print(re.match("(a|b)*", "ab" * 100000).end(), re.match("(?:ab)*c", "ab" * 50000 + "c").end())
print(len(re.findall(r"\w+", "word " * 20000)), re.search("x", "a" * 100000 + "x").start())
print(re.match(r"(a+)+b", "a" * 30 + "b").span())
