"""string: constants, capwords, Template, Formatter."""
import string
from string import Template, Formatter


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


# --- case: constants
for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))

# --- case: capwords
print(string.capwords("hello   wORLD  foo\tbar"), string.capwords(" a-b c-d ", "-"), repr(string.capwords("")))
print(string.capwords("x,y,,z", ","))

# --- case: Template substitute
t = Template("$who likes $what, ${who}s pay $$10")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("$a$b ${c}d $_x9").substitute(a=1, b=2, c=3, _x9="u"))
attempt("missing", lambda: t.substitute(who="x"))
attempt("invalid", lambda: Template("cost $ 5").substitute())
attempt("invalid line", lambda: Template("ok\nline two $\n").substitute())
attempt("bad brace", lambda: Template("${1x}").substitute())
attempt("unclosed", lambda: Template("a ${b").substitute(b=1))
print(Template("$").safe_substitute(), Template("trailing $$").substitute())

# --- case: Template safe_substitute and introspection
print(t.safe_substitute(who="bob"), Template("${x} $y $ z ${").safe_substitute(x=1))
print(t.get_identifiers(), t.is_valid(), Template("$ bad").is_valid(), Template("${a} $a $b").get_identifiers())


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% %{age}y").substitute(name="Al", age=3))


class Nums:
    def __getitem__(self, key):
        return key.upper()


print(Template("$abc-$d").substitute(Nums()))

# --- case: Formatter
f = Formatter()
print(f.format("{} and {}", 1, "two"), f.format("{0}{1}{0}", "a", "b"), f.format("{name!r:>8}|", name="x"))
print(f.format("{0[1]} {p.real} {d[k]}", [5, 6], p=3, d={"k": "v"}), f.format("{:{w}.{p}f}", 3.14159, w=8, p=2))
print(f.format("{{literal}} {}", 7), f.format("{!s} {!a}", "é", "é"), f.format(""))
print(list(f.parse("a{0!r:>{w}}b{{c}}d{}")))
print(list(f.parse("{x.y[0]:^5}")), list(f.parse("text")), list(f.parse("{}")))
attempt("mixed", lambda: f.format("{} {0}", 1))
attempt("mixed2", lambda: f.format("{0} {}", 1))
attempt("missing", lambda: f.format("{z}"))
attempt("single }", lambda: f.format("a } b"))
attempt("single {", lambda: f.format("a {"))
attempt("bad conversion", lambda: f.format("{!x}", 1))


class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - used
        if extra:
            raise ValueError(f"unused: {sorted(extra)}")

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        if spec == "up":
            return str(value).upper()
        return super().format_field(value, spec)


s = Strict()
print(s.format("{a} {b:up} {0}", "pos", a=1))
attempt("unused", lambda: s.format("{a}", a=1, b=2, c=3))
print(s.vformat("{x}-{y}", (), {"x": 1, "y": 2}), s.convert_field("v", "r"), s.get_field("a.real", (), {"a": 4}))
