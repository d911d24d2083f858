# zlib: one-shot and streaming compression in the zlib, raw and gzip formats.
import zlib
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH)
print(zlib.compress(b'hello hello hello'), zlib.compress(b'hello', wbits=31), zlib.compress(b'hello', wbits=-15), zlib.compress(b'hello', 9), zlib.compress(b'hello', 1, wbits=31), zlib.compress(b'hello', level=0))
data = b''.join(b'line %d of some text\n' % i for i in range(2000))
for wb in (15, -15, 31):
    c = zlib.compress(data, 6, wb)
    print(wb, len(c), c[:12], zlib.decompress(c, wb) == data, zlib.decompress(c, 47) == data if wb > 0 else None)
# Smaller windows round-trip (the JDK's deflater always uses a 32 KiB window, so the bytes differ).
for wb in (9, -9, 25):
    c = zlib.compress(data, 6, wb)
    print(wb, zlib.decompress(c, wb if wb != 9 else 15) == data)
for f in [lambda: zlib.decompress(b'xx'), lambda: zlib.decompress(zlib.compress(b'abc')[:-2]), lambda: zlib.compress(b'x', 10), lambda: zlib.compress(b'x', wbits=5), lambda: zlib.decompress(b'x', wbits=100), lambda: zlib.decompress(zlib.compress(b'abc')+b'junk'), lambda: zlib.decompress(zlib.compress(b'abc', wbits=31), wbits=47), lambda: zlib.decompress(zlib.compress(b'abc'), wbits=-15), lambda: zlib.compress('x'), lambda: zlib.crc32(b'abc'), lambda: zlib.adler32(b'abc'), lambda: zlib.adler32(b'abc', 5), lambda: zlib.decompress(b''), lambda: zlib.decompress(zlib.compress(b'abc', wbits=-9), wbits=-9), lambda: zlib.decompress(zlib.compress(b'abc', wbits=31), 0), lambda: zlib.decompressobj().decompress(b'x\x9c'), lambda: zlib.error.__mro__,
  lambda: zlib.crc32(b'world', zlib.crc32(b'hello ')), lambda: zlib.adler32(data), lambda: zlib.crc32(data), lambda: zlib.decompress(zlib.compress(b'abc', wbits=31)[:-1], 31), lambda: zlib.decompress(bytearray(zlib.compress(b'abc'))),
  lambda: zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x01', 31)]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
co = zlib.compressobj(9, zlib.DEFLATED, 31)
parts = [co.compress(data[i:i+1000]) for i in range(0, len(data), 1000)]
parts.append(co.flush())
comp = b''.join(parts)
print(len(comp), [len(p) for p in parts][:5], zlib.decompress(comp, 31) == data)
co = zlib.compressobj()
a = co.compress(b'abc'); b = co.flush(zlib.Z_SYNC_FLUSH); c = co.compress(b'def'); d = co.flush()
print(a, b, c, d)
do = zlib.decompressobj()
out = b''
z = zlib.compress(data) + b'extra'
for i in range(0, len(z), 777):
    out += do.decompress(z[i:i+777])
print(len(out), out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj(31)
out = b''
for i in range(0, len(comp)):
    out += do.decompress(comp[i:i+1])
print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj()
x = do.decompress(z, 100); print(len(x), len(do.unconsumed_tail) > 0, do.eof)
for _ in range(20):
    if do.eof or not do.unconsumed_tail: break
    x += do.decompress(do.unconsumed_tail, 5000)
x += do.flush()
print(len(x), x == data, do.eof)
d2 = zlib.decompressobj(-15); print(d2.decompress(zlib.compress(b'raw data', wbits=-15)), d2.eof)
zd = b'hello world common'; co = zlib.compressobj(zdict=zd); cz = co.compress(b'hello world common words') + co.flush()
print(cz, zlib.decompressobj(zdict=zd).decompress(cz))
try: zlib.decompress(cz)
except zlib.error as e: print(e)
