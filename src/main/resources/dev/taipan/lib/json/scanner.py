"""JSON token scanner: scanners built from a decoder's settings."""

from json import JSONDecodeError as _JSONDecodeError

__all__ = ['make_scanner']


def make_scanner(context):
    """A scan_once(string, idx) function for the decoder context: it returns the value that
    starts exactly at idx and the index after it, or raises StopIteration(idx) when no value
    starts there."""
    def scan_once(string, idx):
        if idx < 0 or idx >= len(string) or string[idx] in ' \t\n\r':
            raise StopIteration(idx)
        try:
            return context.raw_decode(string, idx)
        except _JSONDecodeError as error:
            if error.pos == idx and error.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise
    return scan_once


py_make_scanner = c_make_scanner = make_scanner
