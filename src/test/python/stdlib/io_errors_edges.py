# io: StringIO and BytesIO edge cases and error messages.
import io
B = io.BytesIO
S = io.StringIO
def closedB():
    b = B(); b.close(); return b
def closedS():
    b = S(); b.close(); return b
cases = [
 lambda: B(b'abc').seek(-1), lambda: B(b'abc').seek(0, 3), lambda: B(b'abc').seek(-10, 1), lambda: B(b'abc').seek(-1, 2), lambda: B(b'abc').truncate(-1),
 lambda: B().write('x'), lambda: B('x'), lambda: closedB().read(), lambda: closedB().getvalue(), lambda: closedB().tell(), lambda: closedB().closed,
 lambda: closedB().readable(), lambda: B().fileno(), lambda: B().detach(), lambda: S().fileno(), lambda: S().detach(),
 lambda: S(b'x'), lambda: S(newline=1), lambda: S(newline='x'), lambda: S().write(b'x'), lambda: S('abc').seek(-1), lambda: S('abc').seek(1, 1),
 lambda: S('abc').seek(1, 2), lambda: S('abc').seek(0, 5), lambda: S().truncate(-1), lambda: closedS().read(), lambda: closedS().getvalue(), lambda: closedS().closed,
 lambda: closedS().tell(), lambda: S().read('x'), lambda: B().read('x'), lambda: S().read(1.5), lambda: io.UnsupportedOperation.__mro__,
 lambda: (lambda s: (s.seek(5), s.write('x'), s.getvalue()))(S('ab')), lambda: (lambda s: (s.seek(5), s.write(b'x'), s.getvalue()))(B(b'ab')),
 lambda: S('a\r\nb\rc\nd', newline=None).getvalue(), lambda: S('a\r\nb\rc\nd', newline='').readlines(), lambda: S('a\r\nb\rc\nd', newline='\r').readlines(),
 lambda: S('a\r\nb\rc\nd', newline='\r\n').readlines(), lambda: S('a\nb', newline='\r\n').getvalue(), lambda: S('a\r\nb\rc\nd', newline=None).newlines,
 lambda: S('a\r\nb\rc\nd', newline='').newlines, lambda: S('a\nb').newlines, lambda: S('a\nb', newline=None).newlines,lambda: S(newline=None).newlines,
 lambda: S('héllo😀x').read(6), lambda: (lambda s: (s.read(7), s.tell()))(S('héllo😀x')), lambda: S('abc').truncate(1), lambda: list(S('a\nb\n')),
 lambda: B(b'a\nb\nc').readlines(), lambda: B(b'a\nb\nc').readline(1), lambda: B(b'abc').read1(), lambda: B(b'abc').read(None), lambda: list(B(b'x\ny')),
 lambda: (lambda b, ba: (b.readinto(ba), ba))(B(b'abc'), bytearray(5)), lambda: B(b'abcdef').readlines(2), lambda: S('a\nbc\nd\n').readlines(3),
 lambda: repr(S())[:20], lambda: repr(B())[:20], lambda: S().readable(), lambda: S().line_buffering, lambda: S().encoding, lambda: closedS().newlines,
 lambda: B(b'abc').seek(2**70), lambda: S().seek(2**70), lambda: B(bytearray(b'ab')).getvalue(), lambda: B(memoryview(b'ab')).read(), lambda: B(b'ab').truncate(5),
 lambda: (lambda b: (b.truncate(1), b.tell(), b.getvalue()))(B(b'abc').__enter__()), lambda: B().getbuffer().tobytes(), lambda: S('x').__exit__(None,None,None),
 lambda: io.DEFAULT_BUFFER_SIZE, lambda: (io.SEEK_SET, io.SEEK_CUR, io.SEEK_END), lambda: io.open is open, lambda: isinstance(S(), io.TextIOBase),
 lambda: isinstance(B(), io.BufferedIOBase), lambda: isinstance(B(), io.IOBase), lambda: isinstance(S(), io.BufferedIOBase), lambda: issubclass(io.FileIO, io.RawIOBase),
 lambda: io.StringIO.__module__, lambda: S('abc').writable(), lambda: B().write(bytearray(b'xy')), lambda: B().write(memoryview(b'xy')), lambda: S('ab\ncd').readline(1),
 lambda: S('x').read(-5), lambda: B(b'abc').read(-2), lambda: S().newlines, lambda: S(None).getvalue(), lambda: B(None).getvalue(),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except Exception as e:
        print(i, type(e).__name__, e)
