# io.BufferedReader and io.BufferedWriter over in-memory raw streams.
import io
r = io.BufferedReader(io.BytesIO(b"first line\nsecond\nthird"), buffer_size=4)
print(r.read(3), r.peek()[:1], r.readline(), r.tell(), r.read1(2), r.readline(3), list(r), r.read())
r.seek(0)
print(r.read(), r.readable(), r.seekable(), r.closed, isinstance(r, io.BufferedIOBase), isinstance(r, io.BufferedReader))
raw = io.BytesIO()
w = io.BufferedWriter(raw)
print(w.write(b"abc"), w.write(bytearray(b"de")), w.tell(), w.writable())
w.flush()
print(raw.getvalue())
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO("ünï\ncode\n".encode())), encoding="utf-8")
print(t.readlines())
w.close()
print(w.closed, raw.closed)
for cls in [io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper]:
    print(cls.__name__, [b.__name__ for b in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase) if issubclass(cls, b)])
