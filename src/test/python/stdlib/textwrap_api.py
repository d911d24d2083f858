# textwrap: TextWrapper with every option, wrap/fill/shorten/dedent/indent.
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog.  It was a well-known,  "
        "extraordinarily-long-hyphenated-word test!\tTabs\there. Mr. Smith went home. "
        "Supercalifragilisticexpialidocious and http://example.com/a/very/long/url/path.")
for kwargs in [dict(width=20), dict(width=15, break_long_words=False),
               dict(width=18, break_on_hyphens=False), dict(width=25, expand_tabs=False),
               dict(width=25, tabsize=4), dict(width=25, replace_whitespace=False, expand_tabs=False),
               dict(width=30, drop_whitespace=False), dict(width=25, fix_sentence_endings=True),
               dict(width=22, initial_indent="* ", subsequent_indent="  "),
               dict(width=30, max_lines=3), dict(width=30, max_lines=2, placeholder=" [more]"),
               dict(width=10, break_long_words=True, break_on_hyphens=True)]:
    w = TextWrapper(**kwargs)
    print(kwargs)
    print(w.wrap(text))
print(textwrap.fill("a b c d e f g", width=5), "|")
print(textwrap.shorten("Hello  world!   How are you?", width=12), "|",
      textwrap.shorten("Hello world", width=11), "|", textwrap.shorten("Hello world", 8, placeholder="..."))
try:
    textwrap.shorten("Hello world", width=3, placeholder=" [...]")
except ValueError as e:
    print("ValueError", e)
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder="longplaceholder"),
            dict(width=4, initial_indent="abcde")]:
    try:
        print(TextWrapper(**bad).wrap("hello world foo"))
    except ValueError as e:
        print("ValueError", e)
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n    b")),
      repr(textwrap.dedent("  x\n \n  y")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb\n", "> ", lambda line: True)))
w = TextWrapper()
print(w.width, w.initial_indent, w.subsequent_indent, w.expand_tabs, w.replace_whitespace,
      w.fix_sentence_endings, w.break_long_words, w.drop_whitespace, w.break_on_hyphens,
      w.tabsize, w.max_lines, repr(w.placeholder))
print(w._split("Hello there--you-all ok?"), w._munge_whitespace("a\tb\nc"))
print(type(w.wordsep_re).__name__, type(w.sentence_end_re).__name__)
w.width = 12
print(w.fill("changing attributes after construction works too"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a\u00a0b c", 3))
print(textwrap.wrap("Hello, wörld. Ünïcode wørds wrap tøø", 9))


class SimpleSplit(TextWrapper):
    wordsep_simple_re = __import__("re").compile(r"(\s+|/)")


print(SimpleSplit(width=12, break_on_hyphens=False).wrap("path/to/some/where else-where"))
print(TextWrapper.unicode_whitespace_trans == {ord(c): 32 for c in "\t\n\x0b\x0c\r "})
print(bool(TextWrapper.sentence_end_re.search('said "Hi."')), bool(TextWrapper.sentence_end_re.search("Mr.")))
print(TextWrapper.wordsep_simple_re.split("a b\tc"))
samples = [text, "well-known,  mid--dash -x x- a---b 'quoted-word' e.g. x1-2y", "-- lead", "ab-cd-ef. Ab--"]
print(all([c for c in TextWrapper.wordsep_re.split(s) if c] == TextWrapper()._split(s) for s in samples))
