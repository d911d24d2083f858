package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Codecs;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text file from {@code open()} ({@code _io.TextIOWrapper}): decodes and encodes over a
 * {@link PyBinaryFile} and handles {@code newline=} as CPython does: {@code None} reads any line
 * ending as {@code \n}, {@code ''} splits lines at any ending but returns them untranslated, and
 * {@code '\n'}, {@code '\r'}, {@code '\r\n'} split only at that ending (and are written for
 * {@code \n}).
 *
 * <p>Decoded text is kept untranslated until it is consumed, so {@code tell()} is the byte
 * position of the next character: the raw position less the encoded size of what was decoded
 * ahead. That is exact for the stateless encodings (UTF-8, ASCII, Latin-1).
 */
// CPython: Modules/_io/textio.c
@PyClass(name = "TextIOWrapper", module = "_io", baseType = false)
public final class PyTextFile extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type of text files. */
    public static final PyType TYPE = PyType.fromClass(PyTextFile.class, LOOKUP);

    private static final String CLOSED = "I/O operation on closed file.";

    private final PyBinaryFile buffer;
    private final RawFile raw;
    private final String mode;
    private final String encoding;
    private final String errors;
    /** The newline argument: null for universal newlines. */
    private final String newline;
    private final boolean lineBuffering;
    /** Whether the encoding is one we can decode a chunk at a time (UTF-8 or single-byte). */
    private final boolean incremental;
    private final boolean utf8;
    /** Decoded, untranslated text read ahead; {@link #pos} is the next character to hand out. */
    private final StringBuilder decoded = new StringBuilder();
    private int pos;
    /** Bytes of an incomplete UTF-8 sequence at the end of the last chunk. */
    private byte[] carry = new byte[0];
    private boolean eof;

    PyTextFile(PyBinaryFile buffer, String mode, String encoding, String errors, String newline, boolean lineBuffering) {
        this.buffer = buffer;
        this.raw = buffer.raw;
        this.mode = mode;
        this.encoding = encoding;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        this.utf8 = e.equals("utf-8") || e.equals("utf8") || e.equals("u8") || e.equals("utf");
        this.incremental = utf8 || e.equals("ascii") || e.equals("us-ascii") || e.startsWith("latin")
                || e.equals("iso-8859-1") || e.equals("iso8859-1") || e.equals("l1");
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void checkOpen() {
        raw.channel(CLOSED);
    }

    // ---- reading --------------------------------------------------------------------------

    /** Decodes another chunk onto {@link #decoded}; false at end of file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            decoded.delete(0, pos);
            pos = 0;
        }
        byte[] chunk = raw.read(incremental ? 8192 : -1);
        if (chunk.length == 0) {
            eof = true;
            if (carry.length > 0) {
                // A truncated sequence at the end: let the codec raise (or replace) it.
                byte[] rest = carry;
                carry = new byte[0];
                decoded.append(Codecs.decode(rest, encoding, errors).toString());
                return true;
            }
            return false;
        }
        byte[] bytes = chunk;
        if (carry.length > 0) {
            bytes = new byte[carry.length + chunk.length];
            System.arraycopy(carry, 0, bytes, 0, carry.length);
            System.arraycopy(chunk, 0, bytes, carry.length, chunk.length);
        }
        int complete = utf8 ? completeUtf8(bytes) : bytes.length;
        carry = java.util.Arrays.copyOfRange(bytes, complete, bytes.length);
        decoded.append(Codecs.decode(java.util.Arrays.copyOf(bytes, complete), encoding, errors).toString());
        return true;
    }

    /** The length of {@code b} without an incomplete UTF-8 sequence at its end. */
    private static int completeUtf8(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int c = b[n - back] & 0xff;
            if ((c & 0xC0) != 0x80) {
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                return need > back ? n - back : n;
            }
        }
        return n;
    }

    /** The character {@code ahead} places after the next one, reading more as needed; -1 at end. */
    private int peek(int ahead) {
        while (pos + ahead >= decoded.length()) {
            if (!fill()) {
                return -1;
            }
        }
        return decoded.charAt(pos + ahead);
    }

    /** Reads up to {@code limit} characters ({@code < 0}: all), translating line endings if universal. */
    private String readChars(long limit) {
        StringBuilder out = new StringBuilder();
        long count = 0;
        while (limit < 0 || count < limit) {
            int c = peek(0);
            if (c < 0) {
                break;
            }
            if (c == '\r' && newline == null) {
                pos += peek(1) == '\n' ? 2 : 1;
                out.append('\n');
            } else {
                appendCodePoint(out);
            }
            count++;
        }
        return out.toString();
    }

    /** Moves one code point (a surrogate pair counts once) from the read-ahead to {@code out}. */
    private void appendCodePoint(StringBuilder out) {
        char c = decoded.charAt(pos++);
        out.append(c);
        if (Character.isHighSurrogate(c) && peek(0) >= 0 && Character.isLowSurrogate((char) peek(0))) {
            out.append(decoded.charAt(pos++));
        }
    }

    /** Reads one line by the newline rules, at most {@code limit} characters when {@code limit >= 0}. */
    private String readLineString(long limit) {
        StringBuilder out = new StringBuilder();
        long count = 0;
        while (limit < 0 || count < limit) {
            int c = peek(0);
            if (c < 0) {
                break;
            }
            if (c == '\r' && (newline == null || newline.isEmpty())) {
                boolean crlf = peek(1) == '\n';
                pos += crlf ? 2 : 1;
                out.append(newline == null ? "\n" : crlf ? "\r\n" : "\r");
                break;
            }
            if (c == '\r' && "\r".equals(newline)) {
                pos++;
                out.append('\r');
                break;
            }
            if (c == '\r' && "\r\n".equals(newline) && peek(1) == '\n') {
                pos += 2;
                out.append("\r\n");
                break;
            }
            if (c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
                pos++;
                out.append('\n');
                break;
            }
            appendCodePoint(out);
            count++;
        }
        return out.toString();
    }

    private void checkReadable() {
        checkOpen();
        if (!raw.readable) {
            throw Errors.of(RawFile.UNSUPPORTED_OPERATION, "not readable");
        }
    }

    private static long sizeArg(PyObject size) {
        return size == PyNone.NONE ? -1 : Abstract.asLong(size);
    }

    @PyMethod
    PyObject read(@Default("-1") PyObject size) {
        checkReadable();
        return PyStr.of(readChars(sizeArg(size)));
    }

    @PyMethod
    PyObject readline(@Default("-1") PyObject size) {
        checkReadable();
        return PyStr.of(readLineString(sizeArg(size)));
    }

    @PyMethod
    PyObject readlines(@Default("-1") PyObject hint) {
        checkReadable();
        long limit = sizeArg(hint);
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        for (String line = readLineString(-1); !line.isEmpty(); line = readLineString(-1)) {
            lines.add(PyStr.of(line));
            total += line.length();
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return PyList.of(lines.toArray(new PyObject[0]));
    }

    @PyMethod
    PyObject __iter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    PyObject __next__() {
        checkReadable();
        String line = readLineString(-1);
        if (line.isEmpty()) {
            throw Errors.stopIteration(null);
        }
        return PyStr.of(line);
    }

    // ---- writing --------------------------------------------------------------------------

    /** Writes text after translating {@code \n} as the newline argument says. */
    void writeString(String s) {
        checkOpen();
        if (!raw.writable) {
            throw Errors.of(RawFile.UNSUPPORTED_OPERATION, "not writable");
        }
        if (pos < decoded.length() || carry.length > 0) {
            // Text was read ahead: put the raw position back where the reader is.
            raw.seek(tellPosition(), 0);
            resetDecoder();
        }
        String t = newline == null || newline.isEmpty() || newline.equals("\n") ? s : s.replace("\n", newline);
        raw.write(Codecs.encode(PyStr.of(t), encoding, errors));
    }

    @PyMethod
    PyObject write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("write() argument must be str, not %.100s", s.getType().getName());
        }
        writeString(str.toString());
        return PyInt.of(str.length());
    }

    @PyMethod
    PyObject writelines(PyObject lines) {
        PyObject it = Abstract.iter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            write(line);
        }
        return PyNone.NONE;
    }

    @PyMethod
    PyObject flush() {
        checkOpen();
        return PyNone.NONE;
    }

    // ---- positioning ----------------------------------------------------------------------

    private void resetDecoder() {
        decoded.setLength(0);
        pos = 0;
        carry = new byte[0];
        eof = false;
    }

    private long tellPosition() {
        long ahead = carry.length;
        if (pos < decoded.length()) {
            ahead += Codecs.encode(PyStr.of(decoded.substring(pos)), encoding, errors).length;
        }
        return raw.tell() - ahead;
    }

    @PyMethod
    long tell() {
        checkOpen();
        return tellPosition();
    }

    // CPython: Modules/_io/textio.c, _io_TextIOWrapper_seek_impl
    @PyMethod
    long seek(PyObject cookie, @Default("0") int whence) {
        checkOpen();
        long offset = Abstract.asLong(cookie);
        switch (whence) {
            case 0 -> {
                if (offset < 0) {
                    throw Errors.valueError("negative seek position %d", offset);
                }
            }
            case 1 -> {
                if (offset != 0) {
                    throw Errors.of(RawFile.UNSUPPORTED_OPERATION, "can't do nonzero cur-relative seeks");
                }
                return tellPosition();
            }
            case 2 -> {
                if (offset != 0) {
                    throw Errors.of(RawFile.UNSUPPORTED_OPERATION, "can't do nonzero end-relative seeks");
                }
            }
            default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        resetDecoder();
        return raw.seek(offset, whence);
    }

    @PyMethod
    long truncate(@Default("None") PyObject size) {
        checkOpen();
        long at = size == PyNone.NONE ? tellPosition() : Abstract.asLong(size);
        return raw.truncate(at);
    }

    // ---- the rest of the protocol ---------------------------------------------------------

    @PyMethod
    PyObject close() {
        if (!raw.isClosed()) {
            raw.close();
        }
        return PyNone.NONE;
    }

    @PyGetter
    boolean closed() {
        return raw.isClosed();
    }

    @PyGetter
    PyObject name() {
        return PyStr.of(raw.name);
    }

    @PyGetter
    PyObject mode() {
        return PyStr.of(mode);
    }

    @PyGetter
    PyObject encoding() {
        return PyStr.of(encoding);
    }

    @PyGetter
    PyObject errors() {
        return PyStr.of(errors);
    }

    @PyGetter
    PyObject buffer() {
        return buffer;
    }

    @PyGetter
    boolean line_buffering() {
        return lineBuffering;
    }

    @PyMethod
    boolean readable() {
        checkOpen();
        return raw.readable;
    }

    @PyMethod
    boolean writable() {
        checkOpen();
        return raw.writable;
    }

    @PyMethod
    boolean seekable() {
        checkOpen();
        return true;
    }

    @PyMethod
    boolean isatty() {
        checkOpen();
        return false;
    }

    @PyMethod
    PyObject __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod
    PyObject __exit__(@Args PyObject[] excInfo) {
        close();
        return PyNone.NONE;
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<_io.TextIOWrapper name=" + PyStr.repr(raw.name) + " mode=" + PyStr.repr(mode)
                + " encoding=" + PyStr.repr(encoding) + ">");
    }

}
