package dev.taipan.interp;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyStr;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one door between an interpreter and the host file system. Every operation of {@code open},
 * {@code os}, {@code pathlib}, {@code shutil} and {@code tempfile} on a host path passes through
 * {@link #check}: it resolves the path against this interpreter's working directory and asks the
 * {@link Policy} whether the operation may go ahead, raising {@code PermissionError} when not.
 * The default policy allows everything; a sandbox installs its own with {@link #setPolicy}.
 *
 * <p>The working directory ({@code os.getcwd()}/{@code os.chdir()}) is per interpreter, so
 * engines in one JVM do not move each other's relative paths; it starts as the JVM's.
 */
public final class FileSystemGate {
    /** What an operation does to the path it names, for the policy to judge. */
    public enum Access {
        /** Reads metadata: {@code stat}, existence tests, {@code readlink}, {@code access}. */
        STAT,
        /** Lists a directory. */
        LIST,
        /** Reads a file's contents. */
        READ,
        /** Writes or truncates an existing file, or changes its metadata ({@code chmod}, {@code utime}). */
        WRITE,
        /** Creates a file, directory or link, or the target name of a rename. */
        CREATE,
        /** Removes a file, directory or link, or the source name of a rename. */
        DELETE,
        /** Makes the path the working directory. */
        CHDIR
    }

    /** Decides which operations a script may do; implementations must be thread-safe. */
    @FunctionalInterface
    public interface Policy {
        /**
         * Whether an operation may touch a path.
         *
         * @param path   the absolute, normalized path
         * @param access what the operation does to it
         * @return true to let it go ahead
         */
        boolean allows(Path path, Access access);
    }

    /** The policy that allows every operation. */
    public static final Policy ALLOW_ALL = (path, access) -> true;

    private volatile Policy policy = ALLOW_ALL;
    private volatile Path cwd;

    /** Creates a gate that allows everything, working in the JVM's current directory. */
    public FileSystemGate() {
        this.cwd = Path.of(System.getProperty("user.dir", "/")).toAbsolutePath().normalize();
    }

    /**
     * Replaces the policy.
     *
     * @param policy the new policy ({@link #ALLOW_ALL} for none)
     */
    public void setPolicy(Policy policy) {
        this.policy = policy == null ? ALLOW_ALL : policy;
    }

    /** The current policy. */
    public Policy policy() {
        return policy;
    }

    /** The interpreter's working directory, absolute. */
    public Path cwd() {
        return cwd;
    }

    /**
     * Makes {@code dir} the working directory; the caller has checked that it is a directory it
     * may enter.
     *
     * @param dir an absolute path
     */
    public void setCwd(Path dir) {
        cwd = dir.toAbsolutePath().normalize();
    }

    /**
     * Resolves a path as the operating system would for this interpreter, without a policy check.
     *
     * @param path a path as the script wrote it
     * @return the absolute path (not normalized: {@code a/../b} keeps its meaning through links)
     * @throws PyException ValueError for an embedded null byte, FileNotFoundError for an empty path
     */
    public Path resolve(String path) {
        if (path.indexOf('\0') >= 0) {
            throw dev.taipan.objects.Errors.valueError("embedded null byte");
        }
        if (path.isEmpty()) {
            throw osError(2, "No such file or directory", path);
        }
        try {
            return cwd.resolve(path);
        } catch (InvalidPathException e) {
            throw dev.taipan.objects.Errors.valueError("%s", e.getReason());
        }
    }

    /**
     * Resolves a path and asks the policy whether {@code access} may touch it.
     *
     * @param path   a path as the script wrote it (named in the error)
     * @param access what the operation does
     * @return the resolved absolute path to operate on
     * @throws PyException PermissionError when the policy refuses
     */
    public Path check(String path, Access access) {
        Path resolved = resolve(path);
        Policy p = policy;
        if (p != ALLOW_ALL && !p.allows(resolved.normalize(), access)) {
            throw osError(13, "Permission denied", path);
        }
        return resolved;
    }

    /** An OSError of the errno's subclass, naming a file when {@code filename} is not null. */
    private static PyException osError(int errno, String message, String filename) {
        return ExceptionTypes.create(ExceptionTypes.OSError, PyInt.of(errno), PyStr.of(message),
                PyStr.of(filename)).toJava();
    }
}
