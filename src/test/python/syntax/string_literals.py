# String literal forms and escape sequences.

# --- case: quote styles
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")

# --- case: implicit concatenation
print("abc" "def", 'x' "y" '''z''')
s = ("line one "
     "line two")
print(s)

# --- case: common escapes
print(repr("a\tb\nc\\d\re\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\0"))
print(len("\x00\a\b\f\v"), [ord(c) for c in "\a\b\f\v\0\1\12\377"])

# --- case: escaped backslash before ordinary letters
print(len("\\q"), "\\q", "\\u00e9", len("\\N"))

# --- case: line continuation inside string
print("one \
two")

# --- case: raw strings
print(r"\n\t\\", len(r"\n"), r"C:\path\file", R"\d+")
print(repr(r"\""), repr(r'\''))

# --- case: bytes literals
print(b"bytes", B"upper", b"\x00\xff\n", rb"\x00", Rb"\d", br"\n", len(b"\xff"))
print(b"a" b"b", list(b"AZ"))

# --- case: triple-quoted strings keep newlines and indentation
t = """
    indented
	tab
"""
print(repr(t))

# --- case: unicode identifiers and strings
café = "crème brûlée"
print(café, len(café), café.upper())
π = 3.14
print(π)

# --- case: string prefixes u and case-insensitive
print(u"unicode", U"UNICODE", F"{1+1}", Rb"x" == rB"x")

# --- case: escapes in bytes vs str
print(repr("\u00e9"), repr(b"\\u00e9"), len(b"\\u00e9"), repr(b"\xe9"))

# --- case: repr chooses quotes
print(repr("it's"), repr('say "x"'), repr("both ' and \""), repr("\x7f\x80\xa0\u2028"))
print(repr("\ud800"), ascii("\ud800"), repr("\x1b"), repr("ÿ"))

# --- case: named unicode escapes
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{SNOWMAN}", ascii("\N{EM DASH}"))

# --- case: octal escapes beyond 3 digits
print(repr("\1234"), repr("\0a"))
