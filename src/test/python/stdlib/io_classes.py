# io: the abstract classes, their registrations, constants and Python subclasses of them.
import io
import sys

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
for cls in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper]:
    print(cls.__name__, [base.__name__ for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)
                         if issubclass(cls, base)])
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stderr, io.IOBase))


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


src = Source(b"line one\nline two\nend")
print(src.read(4), src.readline(), src.readall())
src = Source(b"a\nbb\nccc")
print(list(src), src.closed)
with Source(b"xyz") as s:
    print(s.read(), s.readable(), s.writable(), s.seekable())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print("ValueError", e)


class Sink(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


sink = Sink()
print("via", "print", file=sink)
sink.writelines(["x", "y"])
print(sink.parts, sink.encoding, sink.newlines)
for call in (lambda: sink.read(), lambda: sink.fileno(), lambda: sink.seek(0), lambda: io.BytesIO().fileno()):
    try:
        call()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\rc")), repr(d.decode("", final=True)), d.newlines)
