# io.BytesIO: reading, writing, positions, readinto, iteration and subclasses.
import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(3), b.tell(), b.readline(), b.readline(), b.readline(), b.tell())
print(b.seek(0), b.read1(2), b.read(None), b.read())
print(b.seek(-3, io.SEEK_END), b.read(), b.seek(-100, io.SEEK_CUR), b.tell(), b.seek(100), b.read())
print(b.write(b"!"), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
print(list(b), b.readlines())
b.seek(0)
print(b.readlines(3), b.readlines())
target = bytearray(4)
b.seek(1)
print(b.readinto(target), target, b.readinto1(memoryview(target)), target)
b.writelines([b"x", bytearray(b"y"), memoryview(b"z")])
print(b.getvalue(), b.getbuffer().tobytes(), len(b.getbuffer()))
with io.BytesIO(b"a\nb") as c:
    for line in c:
        print(line)
print(c.closed)
print(io.BytesIO().readable(), io.BytesIO().writable(), io.BytesIO().seekable(), io.BytesIO().isatty())
print(io.BytesIO(bytearray(b"ba")).read(), io.BytesIO(memoryview(b"mv")).read(), io.BytesIO(initial_bytes=b"kw").read())


class Counting(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.writes = 0

    def write(self, b):
        self.writes += 1
        return super().write(b)


k = Counting(b"start")
k.seek(0, 2)
k.write(b"+more")
k.writelines([b"1", b"2"])
print(k.getvalue(), k.writes, isinstance(k, io.BytesIO), isinstance(k, io.BufferedIOBase))
