package dev.taipan.modules;

import dev.taipan.interp.Blocking;
import dev.taipan.objects.Codecs;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * What the {@code posix} module shares between its functions: path arguments as CPython's
 * {@code path_converter} takes them, file-system calls run with the GIL released, and Java's
 * I/O failures turned into the {@code OSError} subclass and errno CPython raises.
 */
// CPython: Modules/posixmodule.c, path_converter and path_error
final class OsPaths {
    private OsPaths() {
    }

    /**
     * A path argument: its text and whether the script gave bytes (so names come back as bytes).
     *
     * @param text  the path as a Java string (bytes decoded as UTF-8 with surrogateescape)
     * @param bytes whether the argument was bytes
     */
    record PathArg(String text, boolean bytes) {
        /** A name read from the file system, as str or bytes like this argument. */
        PyObject wrap(String name) {
            return bytes ? new PyBytes(Codecs.encode(PyStr.of(name), "utf-8", "surrogateescape")) : PyStr.of(name);
        }

        /** The argument as the script would see it in an error. */
        PyObject original() {
            return wrap(text);
        }
    }

    /**
     * Refuses a {@code dir_fd} argument: descriptors here are not directories the JVM can work
     * relative to, so {@code os.supports_dir_fd} is empty, as on platforms without it.
     *
     * @param dirFd the argument, None when not given
     */
    static void noDirFd(PyObject dirFd) {
        if (dirFd != dev.taipan.objects.PyNone.NONE) {
            throw Errors.notImplementedError("dir_fd unavailable on this platform");
        }
    }

    /** A file-system call that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface IoCall<T> {
        /**
         * Runs the call.
         *
         * @return its result
         * @throws IOException when the file system refuses
         */
        T run() throws IOException;
    }

    /**
     * Converts a path argument ({@code str}, {@code bytes} or an {@code os.PathLike}).
     *
     * @param o        the argument
     * @param function the function's name, for the error
     * @param argument the parameter's name, for the error
     * @param accepted what the parameter takes, for the error ({@code string, bytes or os.PathLike})
     * @return the path
     */
    static PathArg path(PyObject o, String function, String argument, String accepted) {
        if (o instanceof PyStr s) {
            String text = s.toString();
            if (text.indexOf('\0') >= 0) {
                throw Errors.valueError("%s: embedded null character in %s", function, argument);
            }
            return new PathArg(text, false);
        }
        if (o instanceof PyBytes b) {
            String text = Codecs.decode(b.toByteArray(), "utf-8", "surrogateescape").toString();
            if (text.indexOf('\0') >= 0) {
                throw Errors.valueError("%s: embedded null byte", function);
            }
            return new PathArg(text, true);
        }
        PyObject r = fspathOrNull(o);
        if (r == null) {
            throw Errors.typeError("%s: %s should be %s, not %.200s", function, argument, accepted,
                    o.getType().getName());
        }
        return path(r, function, argument, accepted);
    }

    /** {@link #path} for the common parameter {@code path} taking str, bytes or a PathLike. */
    static PathArg path(PyObject o, String function) {
        return path(o, function, "path", "string, bytes or os.PathLike");
    }

    /**
     * {@code os.fspath}: str and bytes as they are, else the result of {@code __fspath__}.
     *
     * @param o the object
     * @return a str or bytes
     */
    // CPython: Modules/posixmodule.c, PyOS_FSPath
    static PyObject fspath(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyObject r = fspathOrNull(o);
        if (r == null) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %.200s", o.getType().getName());
        }
        return r;
    }

    private static PyObject fspathOrNull(PyObject o) {
        if (o.getType().lookup("__fspath__") == null) {
            return null;
        }
        PyObject r = dev.taipan.objects.Abstract.callMethod(o, "__fspath__");
        if (r instanceof PyStr || r instanceof PyBytes) {
            return r;
        }
        throw Errors.typeError("expected %.200s.__fspath__() to return str or bytes, not %.200s",
                o.getType().getName(), r.getType().getName());
    }

    /**
     * Runs a file-system call with the GIL released, raising the OSError CPython would.
     *
     * @param call      the call; it must not touch Python objects
     * @param filename  the path named in the error, or null
     * @param filename2 the second path named in the error, or null
     * @param <T>       the result type
     * @return the call's result
     */
    static <T> T io(IoCall<T> call, PyObject filename, PyObject filename2) {
        try {
            return Blocking.call(() -> {
                try {
                    return call.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw osError(e.getCause(), filename, filename2);
        } catch (UnsupportedOperationException e) {
            // The file system lacks the feature (POSIX permissions on a foreign file system).
            throw error(95, filename, filename2);
        }
    }

    /** {@link #io(IoCall, PyObject, PyObject)} naming one path. */
    static <T> T io(IoCall<T> call, PathArg path) {
        return io(call, path.original(), null);
    }

    /**
     * The OSError for a Java I/O failure: its errno from the exception's class or its reason text.
     *
     * @param e         the failure
     * @param filename  the path named, or null
     * @param filename2 the second path named, or null
     * @return the exception to throw
     */
    static PyException osError(IOException e, PyObject filename, PyObject filename2) {
        int errno = -1;
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            errno = ErrnoModule.fromMessage(fse.getReason());
        }
        if (errno < 0) {
            errno = switch (e) {
                case NoSuchFileException x -> 2;
                case FileAlreadyExistsException x -> 17;
                case DirectoryNotEmptyException x -> 39;
                case NotDirectoryException x -> 20;
                case AccessDeniedException x -> 13;
                case NotLinkException x -> 22;
                case FileSystemLoopException x -> 40;
                case AtomicMoveNotSupportedException x -> 18;
                default -> -1;
            };
        }
        if (errno < 0) {
            String reason = e instanceof FileSystemException fse && fse.getReason() != null
                    ? fse.getReason() : String.valueOf(e.getMessage());
            return error(5, reason, filename, filename2);
        }
        return error(errno, ErrnoModule.strerror(errno), filename, filename2);
    }

    /**
     * An OSError of the errno's subclass ({@code FileNotFoundError} for 2, ...).
     *
     * @param errno     the errno
     * @param filename  the path named, or null
     * @param filename2 the second path named, or null
     * @return the exception to throw
     */
    static PyException error(int errno, PyObject filename, PyObject filename2) {
        return error(errno, ErrnoModule.strerror(errno), filename, filename2);
    }

    private static PyException error(int errno, String message, PyObject filename, PyObject filename2) {
        PyObject code = PyInt.of(errno);
        PyObject text = PyStr.of(message);
        if (filename == null) {
            return ExceptionTypes.create(ExceptionTypes.OSError, code, text).toJava();
        }
        if (filename2 == null) {
            return ExceptionTypes.create(ExceptionTypes.OSError, code, text, filename).toJava();
        }
        return ExceptionTypes.create(ExceptionTypes.OSError, code, text, filename, PyInt.of(0), filename2).toJava();
    }
}
