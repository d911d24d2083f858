"""textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options."""
import textwrap
from textwrap import TextWrapper


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as exc:
        print(label, "!!", type(exc).__name__, exc)


TEXT = ("The quick brown fox jumps over the lazy dog. It was a well-known, "
        "often-quoted sentence--used by typists everywhere! Really? Yes.  "
        "Supercalifragilisticexpialidocious words need breaking.")

# --- case: wrap and fill widths
for width in [10, 20, 33, 70]:
    print(width, textwrap.wrap(TEXT, width))
print(textwrap.fill(TEXT, 25))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("one"), textwrap.wrap("a b", 1))
attempt("zero width", lambda: textwrap.wrap("abc", 0))

# --- case: hyphens and long words
print(textwrap.wrap("a well-known state-of-the-art co-operation", 12))
print(textwrap.wrap("a well-known state-of-the-art co-operation", 12, break_on_hyphens=False))
print(textwrap.wrap("x--y and a--b -- c ---d e-1 1-e x-y-z", 6))
print(textwrap.wrap("aaaaaaaaaa-bbbbbbbbbb", 15), textwrap.wrap("Supercalifragilistic", 7))
print(textwrap.wrap("Supercalifragilistic word", 7, break_long_words=False))
print(textwrap.wrap("----------", 4), textwrap.wrap("ab-cd-ef-gh", 5))

# --- case: indents and whitespace options
w = TextWrapper(width=24, initial_indent="* ", subsequent_indent="  ")
print(w.wrap(TEXT[:90]))
print(textwrap.wrap("tab\there\nnew line", 30), textwrap.wrap("tab\there", 30, expand_tabs=False))
print(textwrap.wrap("tab\there\nnl", 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb", 40, tabsize=4))
print(textwrap.wrap("Hi there. How are you? I'm fine! \"Ok.\" Dr. Smith", 80, fix_sentence_endings=True))

# --- case: max_lines and placeholder
print(textwrap.wrap(TEXT, 30, max_lines=2))
print(textwrap.wrap(TEXT, 30, max_lines=3, placeholder="..."))
print(textwrap.wrap("short text", 30, max_lines=1), textwrap.wrap("one two three four", 9, max_lines=2))
attempt("placeholder too big", lambda: textwrap.wrap(TEXT, 5, max_lines=1, placeholder=" [......]"))

# --- case: shorten
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."), textwrap.shorten("   spaced    out   text   ", 40))
print(textwrap.shorten(TEXT, 50), repr(textwrap.shorten("", 5)))

# --- case: dedent
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(repr(textwrap.dedent("  x\n\n  y\n   \n")))
print(repr(textwrap.dedent("\ta\n\t\tb\n")), repr(textwrap.dedent(" a\n\tb\n")), repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.dedent("    \n  a\n")), repr(textwrap.dedent("")), repr(textwrap.dedent("  only")))

# --- case: indent
print(repr(textwrap.indent("a\nb\n\nc", "> ")))
print(repr(textwrap.indent("a\n  \nb\r\nc", "+", lambda line: True)))
print(repr(textwrap.indent("x\ny", "  ", lambda line: line.startswith("y"))))
