package dev.taipan.builtins;

import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The byte-level engine under the file objects of {@code open()}: a {@link FileChannel} with a
 * read-ahead buffer. Writes go straight to the channel, so that a file written and dropped
 * without {@code close()} ({@code open(p, 'w').write(s)}) is complete at once, as reference
 * counting makes it in CPython.
 */
final class RawFile {
    private static final int CHUNK = 8192;

    /** CPython's {@code io.UnsupportedOperation}, both an OSError and a ValueError. */
    static final PyType UNSUPPORTED_OPERATION = unsupportedOperation();

    final String name;
    /** The mode as FileIO reports it: {@code rb}, {@code wb}, {@code ab}, {@code xb}, with {@code +}. */
    final String mode;
    final boolean readable;
    final boolean writable;
    private final boolean append;
    private FileChannel channel;
    private final byte[] rbuf = new byte[CHUNK];
    private int rpos;
    private int rlen;

    RawFile(String name, String mode, FileChannel channel, boolean readable, boolean writable, boolean append) {
        this.name = name;
        this.mode = mode;
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    private static PyType unsupportedOperation() {
        PyType t = PyType.builtin("UnsupportedOperation", PyBaseException.class,
                new PyType[] {ExceptionTypes.OSError, ExceptionTypes.ValueError}, null, null);
        t.getDict().put("__module__", PyStr.of("io"));
        return t;
    }

    boolean isClosed() {
        return channel == null;
    }

    /** Raises ValueError on a closed file, with the text of the layer asking. */
    FileChannel channel(String closedMessage) {
        if (channel == null) {
            throw Errors.valueError(closedMessage);
        }
        return channel;
    }

    private FileChannel ch() {
        return channel("I/O operation on closed file.");
    }

    void checkReadable() {
        ch();
        if (!readable) {
            throw Errors.of(UNSUPPORTED_OPERATION, "read");
        }
    }

    void checkWritable() {
        ch();
        if (!writable) {
            throw Errors.of(UNSUPPORTED_OPERATION, "write");
        }
    }

    /** Refills the read buffer; false at end of file. */
    private boolean fill() {
        try {
            ByteBuffer bb = ByteBuffer.wrap(rbuf);
            int n = ch().read(bb);
            rpos = 0;
            rlen = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** Reads up to {@code n} bytes ({@code n < 0}: to the end); empty at end of file. */
    byte[] read(long n) {
        checkReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (n < 0 || out.size() < n) {
            if (rpos >= rlen && !fill()) {
                break;
            }
            int take = (int) Math.min(rlen - rpos, n < 0 ? Integer.MAX_VALUE : n - out.size());
            out.write(rbuf, rpos, take);
            rpos += take;
        }
        return out.toByteArray();
    }

    /** Reads through the next {@code \n} (included), at most {@code limit} bytes when {@code limit >= 0}. */
    byte[] readLine(long limit) {
        checkReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (rpos >= rlen && !fill()) {
                break;
            }
            byte b = rbuf[rpos++];
            out.write(b);
            if (b == '\n') {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Writes all of {@code data}; returns its length. */
    int write(byte[] data) {
        checkWritable();
        try {
            dropReadAhead();
            FileChannel c = ch();
            if (append) {
                c.position(c.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(data);
            while (bb.hasRemaining()) {
                c.write(bb);
            }
            return data.length;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    /** Moves the channel back over bytes read ahead but not consumed. */
    private void dropReadAhead() throws IOException {
        if (rpos < rlen) {
            channel.position(channel.position() - (rlen - rpos));
        }
        rpos = rlen = 0;
    }

    long tell() {
        try {
            return ch().position() - (rlen - rpos);
        } catch (IOException e) {
            throw osError(e);
        }
    }

    // CPython: Modules/_io/fileio.c, portable_lseek
    long seek(long offset, int whence) {
        try {
            FileChannel c = ch();
            long target = switch (whence) {
                case 0 -> offset;
                case 1 -> tell() + offset;
                case 2 -> c.size() + offset;
                default -> throw Errors.valueError("invalid whence (%d, should be 0, 1 or 2)", whence);
            };
            if (target < 0) {
                throw oserror(22, "Invalid argument", null);
            }
            rpos = rlen = 0;
            c.position(target);
            return target;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    long truncate(long size) {
        checkWritable();
        try {
            dropReadAhead();
            FileChannel c = ch();
            long pos = c.position();
            if (size < c.size()) {
                c.truncate(size);
            } else if (size > c.size()) {
                c.write(ByteBuffer.allocate(1), size - 1);
            }
            c.position(pos);
            return size;
        } catch (IOException e) {
            throw osError(e);
        }
    }

    long size() {
        try {
            return ch().size();
        } catch (IOException e) {
            throw osError(e);
        }
    }

    void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw osError(e);
            } finally {
                channel = null;
            }
        }
    }

    /** An OSError of the errno's subclass, as OSError's constructor picks it. */
    static dev.taipan.objects.PyException oserror(int errno, String strerror, String filename) {
        PyBaseException e = filename == null
                ? ExceptionTypes.create(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(strerror))
                : ExceptionTypes.create(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(strerror), PyStr.of(filename));
        return e.toJava();
    }

    static dev.taipan.objects.PyException osError(IOException e) {
        return oserror(5, String.valueOf(e.getMessage()), null);
    }
}
