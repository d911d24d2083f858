package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import java.lang.invoke.MethodHandles;
import java.util.Map;

/**
 * The behaviour of {@code OSError}: the errno-to-subclass mapping of its constructor, the
 * {@code errno}/{@code strerror}/{@code filename}/{@code filename2} attributes and its
 * {@code str}. Field indices: 0 errno, 1 strerror, 2 filename, 3 filename2, 4 characters_written.
 *
 * <p>CPython: Objects/exceptions.c, OSError_new, oserror_parse_args, OSError_str
 */
final class OSErrors {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private OSErrors() {
    }

    // Linux errno values, as CPython's errno module gives them.
    private static Map<Integer, String> errnoMap() {
        return Map.ofEntries(Map.entry(11, "BlockingIOError"), Map.entry(114, "BlockingIOError"),
                Map.entry(115, "BlockingIOError"), Map.entry(10, "ChildProcessError"),
                Map.entry(32, "BrokenPipeError"), Map.entry(108, "BrokenPipeError"),
                Map.entry(103, "ConnectionAbortedError"), Map.entry(111, "ConnectionRefusedError"),
                Map.entry(104, "ConnectionResetError"), Map.entry(17, "FileExistsError"),
                Map.entry(2, "FileNotFoundError"), Map.entry(21, "IsADirectoryError"),
                Map.entry(20, "NotADirectoryError"), Map.entry(4, "InterruptedError"),
                Map.entry(13, "PermissionError"), Map.entry(1, "PermissionError"),
                Map.entry(3, "ProcessLookupError"), Map.entry(110, "TimeoutError"));
    }

    private static final Map<Integer, String> ERRNO_TO_TYPE = errnoMap();

    private static PyType subclassFor(int errno) {
        String name = ERRNO_TO_TYPE.get(errno);
        if (name == null) {
            return null;
        }
        for (PyType t : ExceptionTypes.OSError.liveSubclasses()) {
            PyType found = find(t, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static PyType find(PyType t, String name) {
        if (!t.hasFlag(PyType.HEAPTYPE) && t.getName().equals(name)) {
            return t;
        }
        for (PyType s : t.liveSubclasses()) {
            PyType f = find(s, name);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kw) {
        PyType type = cls;
        if (cls == ExceptionTypes.OSError && args.length >= 2 && args.length <= 5
                && args[0] instanceof PyInt errno && errno.fitsInt()) {
            PyType sub = subclassFor(errno.intValue());
            if (sub != null) {
                type = sub;
            }
        }
        PyBaseException e = new PyBaseException(type, PyTuple.of(args));
        parse(e, args);
        return e;
    }

    @PyMethod
    static void __init__(PyBaseException self, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (kw != null && kw.size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", self.getType().getName());
        }
        self.setArgs(PyTuple.of(args));
        parse(self, args);
    }

    private static void parse(PyBaseException e, PyObject[] args) {
        if (args.length < 2 || args.length > 5) {
            return;
        }
        e.setField(0, args[0]);
        e.setField(1, args[1]);
        if (args.length >= 3) {
            PyObject filename = args[2];
            if (e.getType().isSubtypeOf(ExceptionTypes.BlockingIOError)
                    && filename instanceof PyInt) {
                e.setField(4, filename);
            } else {
                e.setField(2, filename);
                if (args.length == 5) {
                    e.setField(3, args[4]);
                }
                if (filename != PyNone.NONE) {
                    // With a filename the args keep only (errno, strerror).
                    e.setArgs(PyTuple.of(args[0], args[1]));
                }
            }
        }
    }

    @PyMethod
    static PyObject __str__(PyBaseException self) {
        PyObject errno = self.field(0);
        PyObject strerror = self.field(1);
        PyObject filename = self.field(2);
        PyObject filename2 = self.field(3);
        if (filename != PyNone.NONE) {
            String head = "[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": "
                    + Abstract.repr(filename);
            if (filename2 != PyNone.NONE) {
                return PyStr.of(head + " -> " + Abstract.repr(filename2));
            }
            return PyStr.of(head);
        }
        if (errno != PyNone.NONE && strerror != PyNone.NONE) {
            return PyStr.of("[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror));
        }
        PyObject[] a = self.getArgs().items();
        return a.length == 0 ? PyStr.EMPTY
                : a.length == 1 ? Abstract.str(a[0]) : Abstract.str(self.getArgs());
    }
}
