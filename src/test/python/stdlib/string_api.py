# string.Template (pattern, idpattern, braceidpattern, flags, subclassing) and Formatter.
import re
import string
from string import Template, Formatter

t = Template("$who likes ${what}; costs $$5 $missing")
print(t.safe_substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "tim", "what": "x"}, missing=1))
print(t.get_identifiers(), t.is_valid())
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
print(type(Template.pattern) is re.Pattern, Template.pattern.flags & re.VERBOSE != 0)
for text in ["$", "abc $ def", "line\n  $1", "${1}", "$who ${"]:
    bad = Template(text)
    print(repr(text), bad.is_valid(), bad.get_identifiers(), repr(bad.safe_substitute(who="w")))
    try:
        bad.substitute(who="w")
    except ValueError as e:
        print("ValueError", e)
try:
    Template("$nobody").substitute()
except KeyError as e:
    print("KeyError", e)
print(Template("$ä ${Ab_1}").safe_substitute(Ab_1="ok"))


class Percent(Template):
    delimiter = "%"


print(Percent("%x and %% and %{y}").substitute(x=1, y=2))


class Dotted(Template):
    idpattern = r"[a-z][_a-z0-9.]*"


print(Dotted("$a.b and ${c.d}").substitute({"a.b": 1, "c.d": 2}))


class Braced(Template):
    braceidpattern = r"(?a:[_a-z][-_a-z0-9]*)"


print(Braced("$a-b ${a-b}").substitute({"a": "A", "a-b": "AB"}))


class CaseSensitive(Template):
    flags = 0
    idpattern = r"[a-z]+"


print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))


class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[A-Z]+)\]\] |
      (?P<invalid>)
    )
    """


c = Custom("[[foo]] [[BAR]] [[[[ [[9")
print(c.safe_substitute(foo=1, BAR=2), c.get_identifiers(), c.is_valid())


class NoGroups(Template):
    pattern = r"\$(?P<named>x)?(?P<escaped>)?(?P<braced>)?(?P<invalid>)?"


print(NoGroups("$x").substitute(x=5))

# Formatter
f = Formatter()
print(list(f.parse("a{{b}}c{x!r:>{w}}d{0[1].real}e")))
print(f.format("{0}-{name:>5}-{1!r}", 1, "two", name="n"))
print(f.vformat("{a.imag} {b[k]}", (), {"a": 3, "b": {"k": "v"}}))
print(f.get_field("0.real", (5,), {}), f.get_value(0, ("z",), {}), f.get_value("k", (), {"k": 1}))
print(f.convert_field(3, "r"), f.convert_field("é", "a"), f.convert_field(4, None))
print(f.format_field(3.14159, ".2f"))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(unused)}")

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


s = Strict()
print(s.format("{a} {b}", a=1))
try:
    s.format("{a}", a=1, z=2)
except ValueError as e:
    print("ValueError", e)
for bad in ["{", "}", "{0!x}", "{!r}", "{0:{1:{2}}}"]:
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(string.capwords("  hello   world  "), string.capwords("a-b-c", "-"))
