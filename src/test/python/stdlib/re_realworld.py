# Patterns as real programs write them: word splitting, templates, URLs, numbers, quoting.
import re
# textwrap.TextWrapper.wordsep_re (CPython 3.13) rebuilt here
word_punct = r'[\w!"\'&.,?]'
letter = r'[^\d\W]'
whitespace = r'[%s]' % re.escape('\t\n\x0b\x0c\r ')
nowhitespace = '[^' + whitespace[1:]
wordsep_re = re.compile(r'''
        ( # any whitespace
          %(ws)s+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          %(nws)s+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=%(ws)s|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': word_punct, 'lt': letter, 'ws': whitespace, 'nws': nowhitespace}, re.VERBOSE)
text = "Hello there -- this is a well-known, long-winded test of the word-splitting regex; e-mail me!  OK?"
print([c for c in wordsep_re.split(text) if c])
# string.Template pattern
delim = re.escape('$'); idpattern = r'(?a:[_a-z][_a-z0-9]*)'
tpat = re.compile(r"""
    %(delim)s(?:
      (?P<escaped>%(delim)s) |
      (?P<named>%(id)s)      |
      {(?P<braced>%(id)s)}   |
      (?P<invalid>)
    )""" % {'delim': delim, 'id': idpattern}, re.VERBOSE | re.IGNORECASE)
print([m.groupdict() for m in tpat.finditer("$who likes ${what} for $$5 and $ oops $Ärger")])
# fnmatch-style
print(re.match(r'(?s:.*\.py)\Z', 'foo/bar.py'), re.match(r'(?s:[^/]*\.[ch])\Z', 'x.c').group())
# number regex from json
NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?', (re.VERBOSE | re.MULTILINE | re.DOTALL))
print(NUMBER_RE.match('-12.5e+3,').groups(), NUMBER_RE.match('0123').groups())
# email-ish, ip, dates
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.-]+", "a.b+c@ex-ample.co.uk, bad@, x@y.z"))
print(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", "ip 192.168.0.1 and 10.0.0.255 not 1.2.3"))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "on 2024-01-31 and 1999-12-01"))
print(re.split(r"(?<=[.!?])\s+(?=[A-Z])", "Hi there. How are you? Fine! ok. Yes."))
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "hello \"world\"" and "x"'))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseString').lower(), re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_here'))
print(re.match(r'^(?P<scheme>https?)://(?P<host>[^/:]+)(?::(?P<port>\d+))?(?P<path>/[^?#]*)?(?:\?(?P<q>[^#]*))?', 'https://ex.com:8080/a/b?x=1#f').groupdict())
print(re.findall(r'(?m)^\s*#\s*(\w+)', "#include x\n  # define y\nint z;"), re.findall(r'\$\{([^}]+)\}', "${a} ${b.c}"))
print(re.compile(r'(\w+)\s+\1').search('the the cat').group(), re.sub(r'\s+$', '', 'trail   \n'), re.sub(r'^\s+', '', '  lead'))
