"""The io module: text and binary streams.

The concrete classes (StringIO, BytesIO and the file classes behind open()) come from _io;
the abstract bases defined here give Python subclasses the default behaviour of each layer and
answer isinstance() for the concrete classes, which are registered with them.
"""

import abc
import builtins as _builtins
from _io import (DEFAULT_BUFFER_SIZE, BytesIO, StringIO, BufferedRandom,
                 UnsupportedOperation, text_encoding)
import _io

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Open a file for reading code, in binary mode."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def _unsupported(name):
    raise UnsupportedOperation(name)


class IOBase(metaclass=abc.ABCMeta):
    """The base of all I/O classes: closing, iteration over lines and the context protocol."""

    __closed = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        line = bytearray()
        while size < 0 or len(line) < size:
            b = self.read(1)
            if not b:
                break
            line += b
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        pass


class RawIOBase(IOBase):
    """The base of raw binary streams: read() and readall() are built on readinto()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks += data
        return bytes(chunks)

    def readinto(self, b):
        _unsupported("readinto")

    def write(self, b):
        _unsupported("write")


class BufferedIOBase(IOBase):
    """The base of buffered binary streams."""

    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class TextIOBase(IOBase):
    """The base of text streams."""

    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self, size=-1):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class FileIO(RawIOBase):
    """An unbuffered binary file. Making one gives the file object of open(file, mode, buffering=0),
    which is registered as an instance of this class."""

    def __new__(cls, file, mode="r", closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        if "b" not in mode:
            mode += "b"
        return open(file, mode, buffering=0, closefd=closefd, opener=opener)


class _BufferedBase(BufferedIOBase):
    """The wrapper of a raw stream; the buffered files of open() are registered with the subclasses."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size

    raw = property(lambda self: self._raw)

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def seekable(self):
        return self._raw.seekable()

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def flush(self):
        self._raw.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._raw.close()

    def detach(self):
        raw = self._raw
        self.flush()
        self._raw = None
        return raw

    def __repr__(self):
        return "<_io.%s>" % type(self).__name__


class BufferedReader(_BufferedBase):
    """A buffered reader over a raw stream."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        super().__init__(raw, buffer_size)
        self._ahead = b""

    def readable(self):
        return True

    def _fill(self):
        chunk = self._raw.read(self.buffer_size)
        if chunk:
            self._ahead += chunk
        return bool(chunk)

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            rest = self._raw.read()
            data = self._ahead + (rest or b"")
            self._ahead = b""
            return data
        while len(self._ahead) < size and self._fill():
            pass
        data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def read1(self, size=-1):
        self._checkClosed()
        if not self._ahead:
            self._fill()
        if size is None or size < 0:
            size = len(self._ahead)
        data, self._ahead = self._ahead[:size], self._ahead[size:]
        return data

    def peek(self, size=0):
        self._checkClosed()
        if not self._ahead:
            self._fill()
        return self._ahead

    def readline(self, size=-1):
        self._checkClosed()
        while b"\n" not in self._ahead and (size is None or size < 0 or len(self._ahead) < size):
            if not self._fill():
                break
        end = self._ahead.find(b"\n") + 1 or len(self._ahead)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._ahead = self._ahead[:end], self._ahead[end:]
        return line

    def tell(self):
        return self._raw.tell() - len(self._ahead)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self._raw.seek(pos, whence)


class BufferedWriter(_BufferedBase):
    """A writer over a raw stream; each write goes straight through."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        super().__init__(raw, buffer_size)

    def writable(self):
        return True

    def write(self, b):
        self._checkClosed()
        data = bytes(b)
        view = memoryview(data)
        while view:
            n = self._raw.write(view)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            view = view[n:]
        return len(data)

    def tell(self):
        return self._raw.tell()

    def seek(self, pos, whence=0):
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        return self._raw.truncate(pos)


class TextIOWrapper(TextIOBase):
    """A text stream over any binary stream. The text files of open() are registered as
    instances of this class; this Python version serves wrappers built by hand, such as
    TextIOWrapper(BytesIO(data)). Reading decodes the rest of the buffer at the first read."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        "".encode(encoding)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._pos = 0
        self._start = 0
        self._seen = set()

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def newlines(self):
        seen = tuple(nl for nl in ("\r", "\n", "\r\n") if nl in self._seen)
        return None if not seen else seen[0] if len(seen) == 1 else seen

    def __repr__(self):
        return "<_io.TextIOWrapper encoding=%r>" % (self._encoding,)

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def isatty(self):
        return self._buffer.isatty()

    def fileno(self):
        return self._buffer.fileno()

    def _decoded(self):
        self._checkClosed()
        if self._text is None:
            if not self._buffer.readable():
                raise UnsupportedOperation("not readable")
            try:
                self._start = self._buffer.tell()
            except (OSError, ValueError, AttributeError):
                self._start = 0
            self._text = self._buffer.read().decode(self._encoding, self._errors)
            self._pos = 0
        return self._text

    def _line_end(self, text, start, stop):
        """The end of the line from start (before stop), and the ending it found."""
        nl = self._newline
        if nl is None or nl == "":
            i = start
            while i < stop:
                c = text[i]
                if c == "\n":
                    return i + 1, "\n"
                if c == "\r":
                    if i + 1 < len(text) and text[i + 1] == "\n":
                        return (i + 2, "\r\n") if i + 1 < stop or nl is None else (i + 1, "")
                    return i + 1, "\r"
                i += 1
            return stop, ""
        i = text.find(nl, start, stop)
        return (stop, "") if i < 0 else (i + len(nl), nl)

    def _take(self, end, ending):
        line = self._text[self._pos:end]
        self._pos = end
        if ending and self._newline in (None, ""):
            self._seen.add(ending)
        if self._newline is None:
            line = line.replace("\r\n", "\n").replace("\r", "\n")
        return line

    def readline(self, size=-1):
        text = self._decoded()
        if size is None or size < 0:
            stop = len(text)
        else:
            stop = min(len(text), self._pos + size)
        end, ending = self._line_end(text, self._pos, stop)
        return self._take(end, ending)

    def read(self, size=-1):
        text = self._decoded()
        stop = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        if self._newline is None and stop < len(text) and stop > self._pos and text[stop - 1] == "\r" \
                and text[stop] == "\n":
            stop += 1
        chunk = text[self._pos:stop]
        if self._newline in (None, ""):
            crlf = chunk.count("\r\n")
            for nl, n in (("\r\n", crlf), ("\r", chunk.count("\r") - crlf), ("\n", chunk.count("\n") - crlf)):
                if n:
                    self._seen.add(nl)
        return self._take(stop, "")

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    def flush(self):
        self._buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def tell(self):
        self._checkClosed()
        if self._text is None:
            return self._buffer.tell()
        return self._start + len(self._text[:self._pos].encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self._text = None
        self._pos = 0
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def detach(self):
        buffer = self._buffer
        self.flush()
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis, line_buffering=None,
                    write_through=None):
        if encoding is not None:
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one buffered stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Turns \\r\\n and \\r into \\n in decoded text, across calls, when translate is true."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        buf, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | int(self._pendingcr)

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


FileIO.register(_io.FileIO)
BufferedReader.register(_io.BufferedReader)
BufferedWriter.register(_io.BufferedWriter)
for _klass in (BytesIO, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(StringIO)
# The standard streams are text files too, as in CPython.
for _klass in (_io.TextIOWrapper, _io._StandardStream):
    TextIOWrapper.register(_klass)
del _klass
