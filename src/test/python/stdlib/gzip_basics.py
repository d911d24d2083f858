# gzip: one-shot functions, GzipFile and open() over in-memory files.
import gzip, io, zlib
print(gzip.compress(b'hello', mtime=5), gzip.compress(b'hello', 1, mtime=0), gzip.compress(b'hello', 6, mtime=0))
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb', mtime=0) as f:
    print(f.write(b'abc'), f.write(b'def'), f.mode)
print(b.getvalue())
b.seek(0)
with gzip.GzipFile(fileobj=b) as f:
    print(f.read(), f.mode)
print(gzip.decompress(gzip.compress(b'a') + gzip.compress(b'b')))
for bad in [b'xyz', gzip.compress(b'abc')[:-3], gzip.compress(b'abc')[:-8] + b'\0\0\0\0\3\0\0\0', gzip.compress(b'abc')[:-4] + b'\4\0\0\0', b'']:
    try:
        print(gzip.decompress(bad))
    except Exception as e:
        print(type(e).__name__, e)
data = b''.join(b'%d\n' % i for i in range(1000))
c = gzip.compress(data, mtime=0)
print(len(c), zlib.decompress(c, 31) == data, gzip.decompress(zlib.compress(data, wbits=31)) == data)
b = io.BytesIO()
with gzip.open(b, 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
b.seek(0)
with gzip.open(b, 'rt', encoding='utf-8') as f:
    print(f.readline(), f.read())
b.seek(0)
with gzip.open(b) as f:
    print(f.readline(), list(f))
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
