"""Implementation of JSONDecoder: re-exports the native decoder of the json module."""

from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
WHITESPACE_STR = ' \t\n\r'


def scanstring(s, end, strict=True):
    """Decodes the JSON string literal whose text starts at index end of s (just after its
    opening quote); returns the decoded str and the index just past the closing quote."""
    # The native scanner reads a whole string token, so it is started at a quote just before
    # end; CPython does not look at that character, so it is replaced when it is not a quote.
    if end <= 0:
        value, after = JSONDecoder(strict=strict).raw_decode('"' + s, 0)
        return value, after - 1
    if s[end - 1] != '"':
        s = s[:end - 1] + '"' + s[end:]
    return JSONDecoder(strict=strict).raw_decode(s, end - 1)


py_scanstring = scanstring
c_scanstring = scanstring
