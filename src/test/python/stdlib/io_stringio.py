# io.StringIO: reading, writing, positions, newline translation, iteration and subclasses.
import io
import sys
import contextlib

s = io.StringIO()
print(s.write("hello\n"), s.write("wörld 😀\n"), s.tell(), repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell(), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell(), s.seek(0, 2), s.seek(0, 1), s.seek(10), repr(s.read()))
s.write("!")
print(repr(s.getvalue()))

t = io.StringIO("one\ntwo\nthree")
print(list(t), repr(t.read()))
t.seek(0)
print(t.readlines(), t.readline() == "")
t.seek(0)
print(t.readline(2), t.readline(-1), t.readline(None), t.readlines(1))
t.seek(0)
for n, line in enumerate(t):
    print(n, repr(line))
t.writelines(["a", "b\n", "c"])
print(repr(t.getvalue()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    u = io.StringIO("a\r\nb\rc\nd", newline=nl)
    v = u.getvalue()
    u.seek(0)
    print(repr(nl), repr(v), u.readlines(), u.newlines)
    u.write("x\ny\r")
    print(repr(u.getvalue()), u.newlines)

w = io.StringIO(newline=None)
w.write("a\r")
w.write("\nb")
print(repr(w.getvalue()), w.newlines)

with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
print(io.StringIO().readable(), io.StringIO().writable(), io.StringIO().seekable(), io.StringIO().isatty())
print(io.StringIO().encoding, io.StringIO().errors, io.StringIO().line_buffering)
print(io.StringIO(None).getvalue() == "", io.StringIO("abc", None).read())

buf = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=buf)
print(1, 2.5, None, [1], file=buf)
print(repr(buf.getvalue()))
with contextlib.redirect_stdout(io.StringIO()) as out:
    print("captured line")
    sys.stdout.write("direct\n")
print(repr(out.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as err:
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


class Numbered(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.count = 0

    def readline(self, size=-1):
        self.count += 1
        return super().readline(size)


u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), type(u).__name__)
n = Numbered("a\nb\n")
print(list(n), n.count)
print(type(io.StringIO()).__name__, io.StringIO.__module__, io.StringIO.__name__)
