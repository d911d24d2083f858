package dev.taipan.modules;

import dev.taipan.interp.FileSystemGate;
import dev.taipan.interp.FileSystemGate.Access;
import dev.taipan.interp.PyModule;
import dev.taipan.modules.OsPaths.PathArg;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The file-descriptor functions of {@code posix} ({@code open}, {@code read}, {@code write},
 * {@code close}, {@code lseek}, {@code fstat}, ...): descriptors are numbers in a table of this
 * interpreter, each an open {@link FileChannel}; 0, 1 and 2 are not in it.
 */
// CPython: Modules/posixmodule.c, os_open_impl and the fd functions
final class OsFiles {
    private static final int O_ACCMODE = 3;
    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_APPEND = 02000;
    private static final int EBADF = 9;

    /** The Linux values of the constants {@code os} exports. */
    private static final Object[][] CONSTANTS = {
        {"O_RDONLY", 0}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_ACCMODE", O_ACCMODE},
        {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_NOCTTY", 0400}, {"O_TRUNC", O_TRUNC},
        {"O_APPEND", O_APPEND}, {"O_NONBLOCK", 04000}, {"O_NDELAY", 04000}, {"O_DSYNC", 010000},
        {"O_SYNC", 04010000}, {"O_CLOEXEC", 02000000}, {"O_DIRECTORY", 0200000}, {"O_NOFOLLOW", 0400000},
        {"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
        {"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2},
        {"EX_OK", 0}, {"EX_USAGE", 64}, {"EX_DATAERR", 65}, {"EX_NOINPUT", 66}, {"EX_SOFTWARE", 70},
        {"EX_OSERR", 71}, {"EX_IOERR", 74}, {"EX_TEMPFAIL", 75}, {"EX_NOPERM", 77}, {"EX_CONFIG", 78},
    };

    /** An open descriptor: its channel, the path it was opened with, and whether it appends. */
    private record Descriptor(FileChannel channel, String path, boolean append, boolean readable,
                              boolean writable) {
    }

    private final FileSystemGate gate;
    private final Map<Integer, Descriptor> table = new HashMap<>();
    private int nextFd = 3;

    OsFiles(FileSystemGate gate) {
        this.gate = gate;
    }

    /** Puts the {@code O_*}, access, seek and exit-code constants into the module. */
    static void putConstants(PyModule module) {
        for (Object[] c : CONSTANTS) {
            module.put((String) c[0], PyInt.of((Integer) c[1]));
        }
    }

    private Descriptor descriptor(int fd) {
        synchronized (table) {
            Descriptor d = table.get(fd);
            if (d == null) {
                throw OsPaths.error(EBADF, null, null);
            }
            return d;
        }
    }

    PyObject open(PyObject path, int flags, int mode) {
        PathArg p = OsPaths.path(path, "open");
        int access = flags & O_ACCMODE;
        boolean readable = access == 0 || access == O_RDWR;
        boolean writable = access == O_WRONLY || access == O_RDWR;
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && writable) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        Path resolved = gate.check(p.text(), (flags & O_CREAT) != 0 ? Access.CREATE
                : writable ? Access.WRITE : Access.READ);
        boolean append = (flags & O_APPEND) != 0;
        FileChannel ch = OsPaths.io(() -> {
            if (Files.isDirectory(resolved) && writable) {
                throw new java.nio.file.FileSystemException(resolved.toString(), null, "Is a directory");
            }
            if ((flags & O_CREAT) != 0 && !Files.exists(resolved)) {
                return FileChannel.open(resolved, options,
                        PosixFilePermissions.asFileAttribute(PosixModule.permissions(mode & 0777)));
            }
            return FileChannel.open(resolved, options);
        }, p);
        synchronized (table) {
            int fd = nextFd;
            while (table.containsKey(fd)) {
                fd++;
            }
            table.put(fd, new Descriptor(ch, resolved.toString(), append, readable, writable));
            nextFd = 3;
            return PyInt.of(fd);
        }
    }

    void close(int fd) {
        Descriptor d;
        synchronized (table) {
            d = table.remove(fd);
        }
        if (d == null) {
            throw OsPaths.error(EBADF, null, null);
        }
        OsPaths.io(() -> {
            d.channel().close();
            return null;
        }, null, null);
    }

    void closerange(int low, int high) {
        for (int fd = Math.max(low, 3); fd < high; fd++) {
            Descriptor d;
            synchronized (table) {
                d = table.remove(fd);
            }
            if (d != null) {
                try {
                    d.channel().close();
                } catch (IOException e) {
                    // closerange ignores errors, as CPython's does.
                }
            }
        }
    }

    PyObject read(int fd, long length) {
        if (length < 0) {
            throw OsPaths.error(22, null, null);
        }
        Descriptor d = descriptor(fd);
        if (!d.readable()) {
            throw OsPaths.error(EBADF, null, null);
        }
        byte[] data = OsPaths.io(() -> {
            ByteBuffer bb = ByteBuffer.allocate((int) Math.min(length, 1 << 24));
            int n = d.channel().read(bb);
            byte[] out = new byte[Math.max(n, 0)];
            bb.flip();
            bb.get(out);
            return out;
        }, null, null);
        return new PyBytes(data);
    }

    PyObject write(int fd, PyObject data) {
        Descriptor d = descriptor(fd);
        if (!d.writable()) {
            throw OsPaths.error(EBADF, null, null);
        }
        byte[] bytes = bytesOf(data);
        return PyInt.of(OsPaths.io(() -> {
            FileChannel ch = d.channel();
            if (d.append()) {
                ch.position(ch.size());
            }
            ByteBuffer bb = ByteBuffer.wrap(bytes);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
            return bytes.length;
        }, null, null));
    }

    private static byte[] bytesOf(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (data instanceof dev.taipan.objects.PyByteArray b) {
            return b.toByteArray();
        }
        throw Errors.typeError("a bytes-like object is required, not '%.200s'", data.getType().getName());
    }

    PyObject lseek(int fd, long position, int whence) {
        Descriptor d = descriptor(fd);
        return PyInt.of(OsPaths.io(() -> {
            FileChannel ch = d.channel();
            long target = switch (whence) {
                case 0 -> position;
                case 1 -> ch.position() + position;
                case 2 -> ch.size() + position;
                default -> -1;
            };
            if (target < 0) {
                throw new java.nio.file.FileSystemException(null, null, "Invalid argument");
            }
            ch.position(target);
            return target;
        }, null, null));
    }

    /** {@code os.fstat(fd)}: the attributes of the file the descriptor was opened on. */
    PyObject fstat(int fd) {
        Descriptor d = descriptor(fd);
        Path resolved = Path.of(d.path());
        return OsStat.result(OsPaths.io(() -> OsStat.read(resolved, true), null, null));
    }

    void ftruncate(int fd, long length) {
        Descriptor d = descriptor(fd);
        if (!d.writable()) {
            throw OsPaths.error(22, null, null);
        }
        OsPaths.io(() -> {
            resize(d.channel(), length);
            return null;
        }, null, null);
    }

    /** Cuts a file short or extends it with zeros, keeping the position. */
    static void resize(FileChannel ch, long length) throws IOException {
        long pos = ch.position();
        if (length < ch.size()) {
            ch.truncate(length);
        } else if (length > ch.size()) {
            ch.write(ByteBuffer.allocate(1), length - 1);
        }
        ch.position(pos);
    }

    void fsync(int fd) {
        Descriptor d = descriptor(fd);
        OsPaths.io(() -> {
            d.channel().force(true);
            return null;
        }, null, null);
    }

    static PyObject isatty(int fd) {
        return PyBool.FALSE;
    }

    /**
     * What {@code os.fdopen} needs to open a file object on a descriptor: the path it was opened
     * with, its position and whether it was writable and appending.
     */
    PyObject _fd_info(int fd) {
        Descriptor d = descriptor(fd);
        long pos = OsPaths.io(() -> d.channel().position(), null, null);
        return PyTuple.of(PyStr.of(d.path()), PyInt.of(pos), PyBool.of(d.readable()), PyBool.of(d.writable()),
                PyBool.of(d.append()));
    }
}
