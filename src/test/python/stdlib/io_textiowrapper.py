# io.TextIOWrapper over in-memory binary streams: newline modes, reading, writing, tell and seek.
import io
raw = io.BytesIO("héllo\r\nwörld\rthird\nlast".encode("utf-8"))
for nl in [None, "", "\n", "\r", "\r\n"]:
    raw.seek(0)
    t = io.TextIOWrapper(raw, encoding="utf-8", newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    t.detach()
raw.seek(0)
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t.readline()), t.tell(), repr(t.read(3)), repr(t.read()), t.encoding, t.errors, t.line_buffering)
print(t.seek(0), repr(t.read(2)), list(t))
out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="latin-1", newline="\r\n")
print(w.write("a\nb\xe9\n"), w.writable(), w.readable() , w.seekable())
w.flush()
print(out.getvalue())
print(isinstance(w, io.TextIOBase), isinstance(w, io.IOBase), isinstance(w, io.TextIOWrapper))
w.close()
print(w.closed, out.closed)
with io.TextIOWrapper(io.BytesIO(b"x\ny\n")) as f:
    print([line for line in f])
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print(e)
try:
    io.TextIOWrapper(io.BytesIO()).write(b"x")
except TypeError as e:
    print(e)
print(io.TextIOWrapper(io.BytesIO(b"\xff"), errors="replace").read())
