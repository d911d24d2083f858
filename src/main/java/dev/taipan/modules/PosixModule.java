package dev.taipan.modules;

import dev.taipan.interp.FileSystemGate;
import dev.taipan.interp.FileSystemGate.Access;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.interp.StructSeq;
import dev.taipan.modules.OsPaths.PathArg;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyFunction;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The {@code posix} module, under {@code os}: file-system calls through the interpreter's
 * {@link FileSystemGate} (paths relative to its own working directory), the environment as a
 * per-interpreter copy of the JVM's, process facts and {@code urandom}. The pure-Python
 * {@code os} module builds the documented API on it; the descriptor functions are in
 * {@link OsFiles}.
 */
// CPython: Modules/posixmodule.c
public final class PosixModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** {@code os.terminal_size}. */
    static final PyType TERMINAL_SIZE = StructSeq.newType("os", "terminal_size",
            "A tuple of (columns, lines) for holding terminal window size", "columns", "lines");

    private static final PosixFilePermission[] PERMISSION_BITS = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};

    private final FileSystemGate gate;
    /** The environment as {@code putenv}/{@code unsetenv} leave it (what a child process would get). */
    private final Map<String, String> environment;
    private final SecureRandom random = new SecureRandom();
    private final OsFiles files;
    private volatile int umask = 0022;

    /**
     * Creates the module for one interpreter.
     *
     * @param interp the interpreter, whose file-system gate every call passes through
     */
    public PosixModule(Interpreter interp) {
        super("posix");
        this.gate = interp.fileSystem();
        this.environment = new LinkedHashMap<>(System.getenv());
        this.files = new OsFiles(gate);
        ModuleExposer.expose(this, PosixModule.class, LOOKUP, this::put);
        PyDict environ = new PyDict();
        for (Map.Entry<String, String> e : environment.entrySet()) {
            environ.put(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
        }
        put("environ", environ);
        put("stat_result", OsStat.STAT_RESULT);
        put("terminal_size", TERMINAL_SIZE);
        put("error", ExceptionTypes.OSError);
        OsFiles.putConstants(this);
    }

    /**
     * The environment a child process of this interpreter gets, as {@code putenv} and
     * {@code unsetenv} (and so {@code os.environ}) left it.
     *
     * @return a copy of the variables
     */
    public Map<String, String> environment() {
        synchronized (environment) {
            return new LinkedHashMap<>(environment);
        }
    }

    private static LinkOption[] linkOptions(boolean follow) {
        return follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    }

    // ---- metadata ---------------------------------------------------------------------

    @PyFunction(doc = "Perform a stat system call on the given path.")
    PyObject stat(@Name("path") PyObject path, @KwOnly("dir_fd") @Default("None") PyObject dirFd,
                  @KwOnly("follow_symlinks") @Default("True") boolean follow) {
        OsPaths.noDirFd(dirFd);
        if (path instanceof PyInt fd) {
            return files.fstat(Abstract.asSize(fd));
        }
        PathArg p = OsPaths.path(path, "stat", "path", "string, bytes, os.PathLike or integer");
        Path resolved = gate.check(p.text(), Access.STAT);
        return OsStat.result(OsPaths.io(() -> OsStat.read(resolved, follow), p));
    }

    @PyFunction(doc = "Perform a stat system call on the given path, without following symbolic links.")
    PyObject lstat(@Name("path") PyObject path, @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "lstat");
        Path resolved = gate.check(p.text(), Access.STAT);
        return OsStat.result(OsPaths.io(() -> OsStat.read(resolved, false), p));
    }

    @PyFunction(doc = "Use the real uid/gid to test for access to a path.")
    PyObject access(@Name("path") PyObject path, @Name("mode") int mode,
                    @KwOnly("dir_fd") @Default("None") PyObject dirFd,
                    @KwOnly("effective_ids") @Default("False") boolean effectiveIds,
                    @KwOnly("follow_symlinks") @Default("True") boolean follow) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "access");
        Path resolved = gate.check(p.text(), Access.STAT);
        return PyBool.of(OsPaths.io(() -> {
            if (!Files.exists(resolved, linkOptions(follow))) {
                return false;
            }
            return ((mode & 4) == 0 || Files.isReadable(resolved))
                    && ((mode & 2) == 0 || Files.isWritable(resolved))
                    && ((mode & 1) == 0 || Files.isExecutable(resolved));
        }, p));
    }

    @PyFunction(doc = "Change the access permissions of a file.")
    void chmod(@Name("path") PyObject path, @Name("mode") int mode, @KwOnly("dir_fd") @Default("None") PyObject dirFd,
               @KwOnly("follow_symlinks") @Default("True") boolean follow) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "chmod", "path", "string, bytes, os.PathLike or integer");
        Path resolved = gate.check(p.text(), Access.WRITE);
        OsPaths.io(() -> Files.setPosixFilePermissions(resolved, permissions(mode)), p);
    }

    /** The permission set of the low nine bits of a mode. */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int bit = 0; bit < PERMISSION_BITS.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(PERMISSION_BITS[bit]);
            }
        }
        return set;
    }

    @PyFunction(doc = "Set the access and modified time of path.")
    void utime(@Name("path") PyObject path, @Name("times") @Default("None") PyObject times,
               @KwOnly("ns") @Default("None") PyObject ns, @KwOnly("dir_fd") @Default("None") PyObject dirFd,
               @KwOnly("follow_symlinks") @Default("True") boolean follow) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "utime", "path", "string, bytes, os.PathLike or integer");
        FileTime atime;
        FileTime mtime;
        if (times != PyNone.NONE && ns != PyNone.NONE) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = FileTime.from(secondsToNanos(t.get(0)), TimeUnit.NANOSECONDS);
            mtime = FileTime.from(secondsToNanos(t.get(1)), TimeUnit.NANOSECONDS);
        } else if (ns != PyNone.NONE) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = FileTime.from(Abstract.asLong(t.get(0)), TimeUnit.NANOSECONDS);
            mtime = FileTime.from(Abstract.asLong(t.get(1)), TimeUnit.NANOSECONDS);
        } else {
            atime = mtime = FileTime.fromMillis(System.currentTimeMillis());
        }
        Path resolved = gate.check(p.text(), Access.WRITE);
        OsPaths.io(() -> {
            Files.getFileAttributeView(resolved, BasicFileAttributeView.class, linkOptions(follow))
                    .setTimes(mtime, atime, null);
            return null;
        }, p);
    }

    private static long secondsToNanos(PyObject seconds) {
        if (seconds instanceof PyInt) {
            return Math.multiplyExact(Abstract.asLong(seconds), 1_000_000_000L);
        }
        double d = Abstract.asDouble(seconds);
        return (long) Math.floor(d * 1e9);
    }

    // ---- directories ------------------------------------------------------------------

    @PyFunction(doc = "Return a list containing the names of the files in the directory.")
    PyObject listdir(@Name("path") @Default("None") PyObject path) {
        PathArg p = path == PyNone.NONE ? new PathArg(".", false)
                : OsPaths.path(path, "listdir", "path", "string, bytes, os.PathLike, integer or None");
        Path resolved = gate.check(p.text(), Access.LIST);
        List<String> names = OsPaths.io(() -> {
            List<String> out = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(resolved)) {
                for (Path child : dir) {
                    out.add(child.getFileName().toString());
                }
            }
            return out;
        }, p);
        PyList list = new PyList();
        for (String name : names) {
            list.append(p.wrap(name));
        }
        return list;
    }

    /**
     * The entries of a directory for {@code os.scandir}: a list of {@code (name, kind, inode)}
     * with kind 1 for a directory, 2 a regular file, 3 a symbolic link, 0 anything else.
     */
    @PyFunction
    PyObject _scandir(@Name("path") @Default("None") PyObject path) {
        PathArg p = path == PyNone.NONE ? new PathArg(".", false)
                : OsPaths.path(path, "scandir", "path", "string, bytes, os.PathLike, integer or None");
        Path resolved = gate.check(p.text(), Access.LIST);
        List<Object[]> entries = OsPaths.io(() -> {
            List<Object[]> out = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(resolved)) {
                for (Path child : dir) {
                    int kind = 0;
                    long inode = 0;
                    try {
                        Object[] a = OsStat.read(child, false);
                        int mode = (Integer) a[0];
                        kind = OsStat.isDir(mode) ? 1 : OsStat.isRegular(mode) ? 2 : OsStat.isLink(mode) ? 3 : 0;
                        inode = (Long) a[1];
                    } catch (IOException e) {
                        // Removed since the listing: the entry stays, its kind unknown, as d_type.
                    }
                    out.add(new Object[] {child.getFileName().toString(), kind, inode});
                }
            }
            return out;
        }, p);
        PyList list = new PyList();
        for (Object[] e : entries) {
            list.append(PyTuple.of(p.wrap((String) e[0]), PyInt.of((Integer) e[1]), PyInt.of((Long) e[2])));
        }
        return list;
    }

    @PyFunction(doc = "Create a directory.")
    void mkdir(@Name("path") PyObject path, @Name("mode") @Default("511") int mode,
               @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "mkdir");
        Path resolved = gate.check(p.text(), Access.CREATE);
        int bits = mode & ~umask & 0777;
        OsPaths.io(() -> Files.createDirectory(resolved,
                PosixFilePermissions.asFileAttribute(permissions(bits))), p);
    }

    @PyFunction(doc = "Remove a directory.")
    void rmdir(@Name("path") PyObject path, @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "rmdir");
        Path resolved = gate.check(p.text(), Access.DELETE);
        OsPaths.io(() -> {
            if (!OsStat.isDir((Integer) OsStat.read(resolved, false)[0])) {
                throw new java.nio.file.NotDirectoryException(resolved.toString());
            }
            Files.delete(resolved);
            return null;
        }, p);
    }

    @PyFunction(doc = "Remove a file (same as remove()).")
    void unlink(@Name("path") PyObject path, @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        removeFile(OsPaths.path(path, "unlink"));
    }

    @PyFunction(doc = "Remove a file (same as unlink()).")
    void remove(@Name("path") PyObject path, @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        removeFile(OsPaths.path(path, "remove"));
    }

    private void removeFile(PathArg p) {
        Path resolved = gate.check(p.text(), Access.DELETE);
        OsPaths.io(() -> {
            if (OsStat.isDir((Integer) OsStat.read(resolved, false)[0])) {
                throw new java.nio.file.FileSystemException(resolved.toString(), null, "Is a directory");
            }
            Files.delete(resolved);
            return null;
        }, p);
    }

    @PyFunction(doc = "Rename a file or directory.")
    void rename(@Name("src") PyObject src, @Name("dst") PyObject dst,
                @KwOnly("src_dir_fd") @Default("None") PyObject srcDirFd,
                @KwOnly("dst_dir_fd") @Default("None") PyObject dstDirFd) {
        OsPaths.noDirFd(srcDirFd);
        OsPaths.noDirFd(dstDirFd);
        move("rename", src, dst);
    }

    @PyFunction(doc = "Rename a file or directory, overwriting the destination.")
    void replace(@Name("src") PyObject src, @Name("dst") PyObject dst,
                 @KwOnly("src_dir_fd") @Default("None") PyObject srcDirFd,
                 @KwOnly("dst_dir_fd") @Default("None") PyObject dstDirFd) {
        OsPaths.noDirFd(srcDirFd);
        OsPaths.noDirFd(dstDirFd);
        move("replace", src, dst);
    }

    // An atomic move is rename(2) itself, with its POSIX rules (a file replaces a file, a
    // directory an empty directory; EXDEV across file systems).
    private void move(String function, PyObject src, PyObject dst) {
        PathArg s = OsPaths.path(src, function, "src", "string, bytes or os.PathLike");
        PathArg d = OsPaths.path(dst, function, "dst", "string, bytes or os.PathLike");
        Path from = gate.check(s.text(), Access.DELETE);
        Path to = gate.check(d.text(), Access.CREATE);
        OsPaths.io(() -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE), s.original(), d.original());
    }

    @PyFunction(doc = "Create a symbolic link pointing to src named dst.")
    void symlink(@Name("src") PyObject src, @Name("dst") PyObject dst,
                 @Name("target_is_directory") @Default("False") boolean targetIsDirectory,
                 @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        PathArg s = OsPaths.path(src, "symlink", "src", "string, bytes or os.PathLike");
        PathArg d = OsPaths.path(dst, "symlink", "dst", "string, bytes or os.PathLike");
        gate.resolve(s.text());
        Path link = gate.check(d.text(), Access.CREATE);
        Path target = Path.of(s.text());
        OsPaths.io(() -> Files.createSymbolicLink(link, target), s.original(), d.original());
    }

    @PyFunction(doc = "Create a hard link to a file.")
    void link(@Name("src") PyObject src, @Name("dst") PyObject dst,
              @KwOnly("src_dir_fd") @Default("None") PyObject srcDirFd,
              @KwOnly("dst_dir_fd") @Default("None") PyObject dstDirFd,
              @KwOnly("follow_symlinks") @Default("True") boolean follow) {
        OsPaths.noDirFd(srcDirFd);
        OsPaths.noDirFd(dstDirFd);
        PathArg s = OsPaths.path(src, "link", "src", "string, bytes or os.PathLike");
        PathArg d = OsPaths.path(dst, "link", "dst", "string, bytes or os.PathLike");
        Path existing = gate.check(s.text(), Access.READ);
        Path created = gate.check(d.text(), Access.CREATE);
        OsPaths.io(() -> Files.createLink(created, existing), s.original(), d.original());
    }

    @PyFunction(doc = "Return a string representing the path to which the symbolic link points.")
    PyObject readlink(@Name("path") PyObject path, @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        PathArg p = OsPaths.path(path, "readlink");
        Path resolved = gate.check(p.text(), Access.STAT);
        return p.wrap(OsPaths.io(() -> Files.readSymbolicLink(resolved).toString(), p));
    }

    @PyFunction(doc = "Truncate a file, specified by path, to a specific length.")
    void truncate(@Name("path") PyObject path, @Name("length") long length) {
        if (path instanceof PyInt fd) {
            files.ftruncate(Abstract.asSize(fd), length);
            return;
        }
        PathArg p = OsPaths.path(path, "truncate", "path", "string, bytes, os.PathLike or integer");
        Path resolved = gate.check(p.text(), Access.WRITE);
        OsPaths.io(() -> {
            try (var ch = java.nio.channels.FileChannel.open(resolved, java.nio.file.StandardOpenOption.WRITE)) {
                OsFiles.resize(ch, length);
            }
            return null;
        }, p);
    }

    /** {@code shutil.disk_usage}'s numbers: (total, used, free) bytes of the file system of a path. */
    @PyFunction
    PyObject _disk_usage(@Name("path") PyObject path) {
        PathArg p = OsPaths.path(path, "disk_usage");
        Path resolved = gate.check(p.text(), Access.STAT);
        long[] sizes = OsPaths.io(() -> {
            java.nio.file.FileStore store = Files.getFileStore(resolved);
            long total = store.getTotalSpace();
            return new long[] {total, total - store.getUnallocatedSpace(), store.getUsableSpace()};
        }, p);
        return PyTuple.of(PyInt.of(sizes[0]), PyInt.of(sizes[1]), PyInt.of(sizes[2]));
    }

    // ---- working directory ------------------------------------------------------------

    @PyFunction(doc = "Return a unicode string representing the current working directory.")
    PyObject getcwd() {
        return PyStr.of(gate.cwd().toString());
    }

    @PyFunction(doc = "Return a bytes string representing the current working directory.")
    PyObject getcwdb() {
        return new PathArg(gate.cwd().toString(), true).original();
    }

    @PyFunction(doc = "Change the current working directory to the specified path.")
    void chdir(@Name("path") PyObject path) {
        PathArg p = OsPaths.path(path, "chdir", "path", "string, bytes, os.PathLike or integer");
        Path resolved = gate.check(p.text(), Access.CHDIR);
        Path real = OsPaths.io(() -> {
            if (!OsStat.isDir((Integer) OsStat.read(resolved, true)[0])) {
                throw new java.nio.file.NotDirectoryException(resolved.toString());
            }
            return resolved.toRealPath();
        }, p);
        gate.setCwd(real);
    }

    @PyFunction(doc = "Set the current numeric umask and return the previous umask.")
    PyObject umask(@Name("mask") int mask) {
        int old = umask;
        umask = mask & 0777;
        return PyInt.of(old);
    }

    // ---- environment ------------------------------------------------------------------

    @PyFunction(doc = "Change or add an environment variable.")
    void putenv(@Name("name") PyObject name, @Name("value") PyObject value) {
        String key = envText(name, "putenv");
        String text = envText(value, "putenv");
        if (key.isEmpty() || key.indexOf('=') >= 0) {
            throw Errors.valueError("illegal environment variable name");
        }
        synchronized (environment) {
            environment.put(key, text);
        }
    }

    @PyFunction(doc = "Delete an environment variable.")
    void unsetenv(@Name("name") PyObject name) {
        String key = envText(name, "unsetenv");
        if (key.isEmpty() || key.indexOf('=') >= 0) {
            throw Errors.valueError("illegal environment variable name");
        }
        synchronized (environment) {
            environment.remove(key);
        }
    }

    private static String envText(PyObject o, String function) {
        String s = OsPaths.path(o, function, "argument", "str, bytes or os.PathLike").text();
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        return s;
    }

    // ---- file descriptors (see OsFiles) ---------------------------------------------

    @PyFunction(doc = "Open a file for low level IO.  Returns a file descriptor (integer).")
    PyObject open(@Name("path") PyObject path, @Name("flags") int flags, @Name("mode") @Default("511") int mode,
                  @KwOnly("dir_fd") @Default("None") PyObject dirFd) {
        OsPaths.noDirFd(dirFd);
        return files.open(path, flags, mode & ~umask);
    }

    @PyFunction(doc = "Close a file descriptor.")
    void close(@Name("fd") int fd) {
        files.close(fd);
    }

    @PyFunction(doc = "Closes all file descriptors in [fd_low, fd_high), ignoring errors.")
    void closerange(@Name("fd_low") int low, @Name("fd_high") int high) {
        files.closerange(low, high);
    }

    @PyFunction(doc = "Read from a file descriptor.  Returns a bytes object.")
    PyObject read(@Name("fd") int fd, @Name("length") long length) {
        return files.read(fd, length);
    }

    @PyFunction(doc = "Write a bytes object to a file descriptor.")
    PyObject write(@Name("fd") int fd, @Name("data") PyObject data) {
        return files.write(fd, data);
    }

    @PyFunction(doc = "Set the position of a file descriptor.  Return the new position.")
    PyObject lseek(@Name("fd") int fd, @Name("position") long position, @Name("whence") int whence) {
        return files.lseek(fd, position, whence);
    }

    @PyFunction(doc = "Perform a stat system call on the given file descriptor.")
    PyObject fstat(@Name("fd") int fd) {
        return files.fstat(fd);
    }

    @PyFunction(doc = "Truncate a file, specified by file descriptor, to a specific length.")
    void ftruncate(@Name("fd") int fd, @Name("length") long length) {
        files.ftruncate(fd, length);
    }

    @PyFunction(doc = "Force write of fd to disk.")
    void fsync(@Name("fd") int fd) {
        files.fsync(fd);
    }

    @PyFunction(doc = "Return True if the fd is connected to a terminal.")
    static PyObject isatty(@Name("fd") int fd) {
        return OsFiles.isatty(fd);
    }

    /** What {@code os.fdopen} needs: (path, position, readable, writable, appending) of a descriptor. */
    @PyFunction
    PyObject _fd_info(@Name("fd") int fd) {
        return files._fd_info(fd);
    }

    // ---- process and system -----------------------------------------------------------

    @PyFunction(doc = "Return the current process id.")
    static PyObject getpid() {
        return PyInt.of(ProcessHandle.current().pid());
    }

    @PyFunction(doc = "Return the parent's process id.")
    static PyObject getppid() {
        return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
    }

    @PyFunction(doc = "Return the current process's user id.")
    static PyObject getuid() {
        return PyInt.of(processIds()[0]);
    }

    @PyFunction(doc = "Return the current process's effective user id.")
    static PyObject geteuid() {
        return PyInt.of(processIds()[0]);
    }

    @PyFunction(doc = "Return the current process's group id.")
    static PyObject getgid() {
        return PyInt.of(processIds()[1]);
    }

    @PyFunction(doc = "Return the current process's effective group id.")
    static PyObject getegid() {
        return PyInt.of(processIds()[1]);
    }

    /** The JVM process's user and group ids (the JDK reports real and effective as one). */
    private static long[] processIds() {
        try {
            var unix = new com.sun.security.auth.module.UnixSystem();
            return new long[] {unix.getUid(), unix.getGid()};
        } catch (LinkageError | RuntimeException e) {
            // A runtime image without jdk.security.auth: say what an unprivileged user would.
            return new long[] {65534, 65534};
        }
    }

    @PyFunction(doc = "Return the number of logical CPUs in the system.")
    static PyObject cpu_count() {
        return PyInt.of(Runtime.getRuntime().availableProcessors());
    }

    @PyFunction(doc = "Return a bytes object containing random bytes suitable for cryptographic use.")
    PyObject urandom(@Name("size") long size) {
        if (size < 0) {
            throw Errors.valueError("negative argument not allowed");
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError();
        }
        byte[] b = new byte[(int) size];
        random.nextBytes(b);
        return new PyBytes(b);
    }

    @PyFunction(doc = "Translate an error code to a message string.")
    static PyObject strerror(@Name("code") int code) {
        return PyStr.of(ErrnoModule.strerror(code));
    }

    @PyFunction(doc = "Return the file system path representation of the object.")
    static PyObject fspath(@Name("path") PyObject path) {
        return OsPaths.fspath(path);
    }

    @PyFunction(doc = "Return the size of the terminal window as (columns, lines).")
    static PyObject get_terminal_size(@Default("1") int fd) {
        // The JVM cannot ask the terminal (no ioctl): answer as for a stream that is not one.
        throw OsPaths.error(25, null, null);
    }

    @PyFunction(doc = "Return (sysname, nodename, release, version, machine) of the operating system.")
    static PyObject _uname() {
        String arch = System.getProperty("os.arch", "");
        String name = System.getProperty("os.name", "Linux");
        // No name lookup for the node: that could reach the network.
        String node = System.getenv().getOrDefault("HOSTNAME", "localhost");
        return PyTuple.of(PyStr.of(name), PyStr.of(node), PyStr.of(System.getProperty("os.version", "")),
                PyStr.of(""), PyStr.of("amd64".equals(arch) ? "x86_64" : arch));
    }
}
