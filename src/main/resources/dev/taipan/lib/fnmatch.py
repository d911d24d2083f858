"""Shell-style wildcard matching of names: * (anything), ? (one character),
[seq] (a character in seq) and [!seq] (a character not in seq).

Patterns are translated to regular expressions, compiled once and cached.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the pattern, after os.path.normcase (nothing on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = translate(str(pat, 'ISO-8859-1'))
        return re.compile(bytes(regex, 'ISO-8859-1')).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The items of names that match the pattern."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches the pattern, case counting."""
    return _compile_pattern(pat)(name) is not None


# '*' and '?' in the token list; every other token is a piece of regular expression.
_STAR = object()
_ANY = object()


def _bracket(pat, start, end):
    """The regular expression of the bracket expression pat[start:end] (without the brackets)."""
    negate = pat[start:start + 1] == '!'
    first = start + 1 if negate else start
    if '-' not in pat[first:end]:
        body = pat[first:end].replace('\\', '\\\\')
    else:
        # Split at the hyphens that make ranges: never the first character of the set, nor
        # the character just after a range's hyphen (that one ends the range).
        chunks = []
        piece_start = first
        search = first + 1
        while True:
            hyphen = pat.find('-', search, end)
            if hyphen < 0:
                break
            chunks.append(pat[piece_start:hyphen])
            piece_start = hyphen + 1
            search = hyphen + 3
        last = pat[piece_start:end]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        # Drop empty ranges such as z-a by merging their neighbours.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        body = '-'.join(c.replace('\\', '\\\\').replace('-', '\\-') for c in chunks)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        # An empty range can match nothing.
        return '(?!)'
    if negate:
        if body == '':
            return '.'
        return '[^' + body + ']'
    if body[0] in '^[':
        body = '\\' + body
    return '[' + body + ']'


def _tokens(pat):
    tokens = []
    literal = []

    def flush():
        if literal:
            tokens.append(''.join(literal))
            literal.clear()

    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            flush()
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            flush()
            tokens.append(_ANY)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                literal.append('\\[')
            elif pat[i:j] == '!':
                literal.append('.')
                i = j + 1
            else:
                literal.append(_bracket(pat, i, j))
                i = j + 1
        else:
            literal.append(re.escape(c))
    flush()
    return tokens


def translate(pat):
    """The regular expression (a string) that matches what the shell pattern matches."""
    tokens = ['.' if t is _ANY else t for t in _tokens(pat)]
    # Between stars, each fixed part is matched lazily inside an atomic group, so a pattern
    # with many stars cannot backtrack exponentially; the part after the last star is greedy.
    groups = [[]]
    for t in tokens:
        if t is _STAR:
            groups.append([])
        else:
            groups[-1].append(t)
    out = [''.join(groups[0])]
    for k in range(1, len(groups)):
        fixed = ''.join(groups[k])
        if k < len(groups) - 1:
            out.append('(?>.*?' + fixed + ')')
        else:
            out.append('.*' + fixed)
    return '(?s:%s)\\Z' % ''.join(out)
