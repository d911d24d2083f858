"""Support for regular expressions (RE).

This module provides regular expression matching operations with the syntax and
semantics of Python 3.13's re module: compile a pattern with compile(), then search,
match, fullmatch, split, findall, finditer, sub and subn, or call those functions
directly with a pattern string.  The matching engine is Taipan's own (in _sre);
this module adds the flags, the compiled-pattern cache and the module functions.
"""

import enum
import _sre
from _sre import Pattern, Match, PatternError

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


error = PatternError


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


# Passing count/maxsplit and flags positionally is deprecated since 3.13.
_UNSET = object()


def _positional(func, first, extra, value, flags, lowest):
    """Returns (value, flags) from extra positional arguments, warning as 3.13 does."""
    if len(extra) > 2:
        raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                        % (func, lowest, lowest + 2, lowest + len(extra)))
    if value is not _UNSET:
        raise TypeError("%s() got multiple values for argument %r" % (func, first))
    value = extra[0]
    if len(extra) == 2:
        if flags is not _UNSET:
            raise TypeError("%s() got multiple values for argument 'flags'" % func)
        flags = extra[1]
    import warnings
    warnings.warn("%r is passed as positional argument" % first, DeprecationWarning, stacklevel=3)
    return value, flags


def sub(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    if args:
        count, flags = _positional("sub", "count", args, count, flags, 3)
    return _compile(pattern, 0 if flags is _UNSET else flags).sub(
        repl, string, 0 if count is _UNSET else count)


def subn(pattern, repl, string, *args, count=_UNSET, flags=_UNSET):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made."""
    if args:
        count, flags = _positional("subn", "count", args, count, flags, 3)
    return _compile(pattern, 0 if flags is _UNSET else flags).subn(
        repl, string, 0 if count is _UNSET else count)


def split(pattern, string, *args, maxsplit=_UNSET, flags=_UNSET):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    if args:
        maxsplit, flags = _positional("split", "maxsplit", args, maxsplit, flags, 2)
    return _compile(pattern, 0 if flags is _UNSET else flags).split(
        string, 0 if maxsplit is _UNSET else maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


# Characters that escape() prefixes with a backslash.
_ESCAPED = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
_escape_table = {ord(c): '\\' + c for c in _ESCAPED}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_escape_table)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_escape_table).encode('latin1')


# This module's cache of compiled patterns (one per interpreter, as the module is).
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    p = _sre.compile(pattern, flags)
    if key is not None and not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


class Scanner:
    """Splits a string into tokens with a lexicon of (pattern, action) pairs.

    scan() tries the patterns at the current position (as one alternation, in
    order); an action that is callable is called with the scanner and the
    matched text, any other action is used as the token itself, and None drops
    the token.  It returns the tokens and the part of the string it could not
    scan.
    """

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        alternatives = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            alternatives.append("(" + phrase + ")" if isinstance(phrase, str)
                                else b"(" + phrase + b")")
            self._actions[group] = action
            group += 1 + _compile(phrase, flags).groups
        if alternatives and isinstance(alternatives[0], bytes):
            combined = b"|".join(alternatives)
        else:
            combined = "|".join(alternatives)
        self.scanner = _compile(combined, flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
