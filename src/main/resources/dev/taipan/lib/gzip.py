"""Reading and writing gzip files (RFC 1952) on top of zlib."""

import builtins
import io
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

READ_BUFFER_SIZE = 128 * 1024

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9


def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    return fspath(path)


def _basename(path):
    sep = b'/' if isinstance(path, bytes) else '/'
    return path.rsplit(sep, 1)[-1]


class BadGzipFile(OSError):
    """Raised for files that are not valid gzip data."""


def _header(level, mtime, name=b''):
    flags = FNAME if name else 0
    extra = 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0
    if mtime is None:
        mtime = time.time()
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff)
    head += bytes([extra]) + b'\xff'
    if name:
        head += name + b'\0'
    return head


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-format bytes."""
    data = memoryview(data).tobytes()
    body = zlib.compress(data, compresslevel, wbits=-15)
    return _header(compresslevel, mtime) + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)


def _skip_header(data, pos):
    """Returns the offset of the deflate data of the member at pos."""
    magic = data[pos:pos + 2]
    if magic != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flags = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10
    if flags & FEXTRA:
        (size,) = struct.unpack('<H', data[pos:pos + 2])
        pos += 2 + size
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            end = data.find(b'\0', pos)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            pos = end + 1
    if flags & FHCRC:
        pos += 2
    return pos


def decompress(data):
    """Decompress gzip data (all its members) in one shot."""
    data = memoryview(data).tobytes()
    out = []
    pos = 0
    while pos < len(data):
        pos = _skip_header(data, pos)
        d = zlib.decompressobj(-15)
        chunk = d.decompress(data[pos:]) + d.flush()
        if not d.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        crc, size = struct.unpack('<LL', rest[:8])
        if crc != zlib.crc32(chunk):
            raise BadGzipFile("CRC check failed")
        if size != len(chunk) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        out.append(chunk)
        pos = len(data) - len(rest) + 8
        while pos < len(data) and data[pos] == 0:
            pos += 1
    return b''.join(out)


class GzipFile(io.BufferedIOBase):
    """A binary file-like object over gzip data: reading decompresses, writing compresses."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = _fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self.fileobj = fileobj
        self._closed = False
        if mode.startswith('r'):
            self._mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            self._mode = WRITE
            self._size = 0
            self._crc = zlib.crc32(b'')
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
            base = _basename(filename)
            if isinstance(base, str):
                base = base.encode('latin-1', 'replace')
            if base.endswith(b'.gz'):
                base = base[:-3]
            fileobj.write(_header(compresslevel, mtime, base))
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + '>'

    def _check(self, wanted):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if self._mode != wanted:
            import errno
            raise OSError(errno.EBADF, "%s() on %s-only GzipFile object"
                          % ("read" if wanted == READ else "write", "write" if wanted == READ else "read"))

    def write(self, data):
        self._check(WRITE)
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
            data = data.tobytes()
        if length:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
        return length

    def read(self, size=-1):
        self._check(READ)
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check(READ)
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check(READ)
        return self._buffer.readline(size)

    def readable(self):
        return self._mode == READ

    def writable(self):
        return self._mode == WRITE

    def seekable(self):
        return self._mode == READ

    def seek(self, offset, whence=io.SEEK_SET):
        self._check(READ)
        return self._buffer.seek(offset, whence)

    def tell(self):
        if self._mode == READ:
            return self._buffer.tell()
        return self._size

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self._mode == WRITE and not self._closed:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        if self._closed:
            return
        try:
            if self._mode == WRITE:
                self.fileobj.write(self._compress.flush())
                self.fileobj.write(struct.pack('<LL', self._crc, self._size & 0xffffffff))
        finally:
            self._closed = True
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        self._check(READ)
        self._buffer.seek(0)


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(type(filename), '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
