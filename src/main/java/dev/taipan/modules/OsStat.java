package dev.taipan.modules;

import dev.taipan.interp.StructSeq;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code os.stat_result}: the struct sequence of {@code os.stat}, filled from the JDK's
 * {@code unix} attribute view (the fields of {@code struct stat}), or from the basic view where
 * that view is missing.
 */
// CPython: Modules/posixmodule.c, _pystat_fromstructstat
final class OsStat {
    private OsStat() {
    }

    private static final long NANOS = 1_000_000_000L;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFLNK = 0120000;
    private static final int BLOCK_SIZE = 4096;
    private static final LinkOption[] FOLLOW = {};
    /** The fields of {@code struct stat}; {@code unix:*} would also look up owner and group names, slowly. */
    private static final String UNIX_FIELDS =
            "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime,rdev";
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /**
     * The type: ten tuple items (the three times as whole seconds) and, by name only, the times
     * as floats and nanoseconds, the block size and count and the device of a special file.
     */
    static final PyType STAT_RESULT = StructSeq.newType("os", "stat_result",
            "stat_result: Result from stat, fstat, or lstat.", 10,
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime", "st_mtime", "st_ctime",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
            "st_blksize", "st_blocks", "st_rdev");

    /**
     * The attributes of a path as {@code os.stat} returns them.
     *
     * @param p      the resolved path
     * @param follow whether to follow a symbolic link at the end of the path
     * @return the attributes, as Java values in field order
     * @throws IOException when the path cannot be read
     */
    static Object[] read(Path p, boolean follow) throws IOException {
        LinkOption[] options = follow ? FOLLOW : NO_FOLLOW;
        try {
            Map<String, Object> a = Files.readAttributes(p, UNIX_FIELDS, options);
            long size = ((Number) a.get("size")).longValue();
            return new Object[] {((Number) a.get("mode")).intValue(), ((Number) a.get("ino")).longValue(),
                ((Number) a.get("dev")).longValue(), ((Number) a.get("nlink")).intValue(),
                ((Number) a.get("uid")).intValue(), ((Number) a.get("gid")).intValue(), size,
                nanos((FileTime) a.get("lastAccessTime")), nanos((FileTime) a.get("lastModifiedTime")),
                nanos((FileTime) a.get("ctime")), ((Number) a.get("rdev")).longValue()};
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes b = Files.readAttributes(p, BasicFileAttributes.class, options);
            int mode = b.isDirectory() ? S_IFDIR | 0755 : b.isSymbolicLink() ? S_IFLNK | 0777 : S_IFREG | 0644;
            long modified = nanos(b.lastModifiedTime());
            return new Object[] {mode, 0L, 0L, 1, 0, 0, b.size(), nanos(b.lastAccessTime()), modified, modified, 0L};
        }
    }

    private static long nanos(FileTime t) {
        return t.to(TimeUnit.NANOSECONDS);
    }

    /**
     * Makes the {@code stat_result} of attributes that {@link #read} returned.
     *
     * @param a the attributes
     * @return the struct sequence
     */
    static PyObject result(Object[] a) {
        long size = (Long) a[6];
        long atime = (Long) a[7];
        long mtime = (Long) a[8];
        long ctime = (Long) a[9];
        return StructSeq.of(STAT_RESULT, PyInt.of((Integer) a[0]), PyInt.of((Long) a[1]), PyInt.of((Long) a[2]),
                PyInt.of((Integer) a[3]), PyInt.of((Integer) a[4]), PyInt.of((Integer) a[5]), PyInt.of(size),
                PyInt.of(Math.floorDiv(atime, NANOS)), PyInt.of(Math.floorDiv(mtime, NANOS)),
                PyInt.of(Math.floorDiv(ctime, NANOS)),
                seconds(atime), seconds(mtime), seconds(ctime), PyInt.of(atime), PyInt.of(mtime), PyInt.of(ctime),
                PyInt.of(BLOCK_SIZE), PyInt.of((size + 511) / 512), PyInt.of((Long) a[10]));
    }

    /** Seconds as a float, computed as CPython does: whole seconds plus nanoseconds times 1e-9. */
    private static PyObject seconds(long nanos) {
        return PyFloat.of(Math.floorDiv(nanos, NANOS) + Math.floorMod(nanos, NANOS) * 1e-9);
    }

    /** The file-type bits of a mode. */
    static int fileType(int mode) {
        return mode & 0170000;
    }

    /** Whether a mode is a directory's. */
    static boolean isDir(int mode) {
        return fileType(mode) == S_IFDIR;
    }

    /** Whether a mode is a symbolic link's. */
    static boolean isLink(int mode) {
        return fileType(mode) == S_IFLNK;
    }

    /** Whether a mode is a regular file's. */
    static boolean isRegular(int mode) {
        return fileType(mode) == S_IFREG;
    }
}
