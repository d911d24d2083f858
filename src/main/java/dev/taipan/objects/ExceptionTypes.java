package dev.taipan.objects;

import dev.taipan.objects.expose.Exposer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The builtin exception hierarchy of CPython 3.13, built from a table: each row names the type,
 * its base, the class whose annotated members give its behaviour (or none), and its extra
 * attributes, which live in {@link PyBaseException#field(int)} slots.
 *
 * <p>The aliases {@code EnvironmentError} and {@code IOError} are names for {@link #OSError}
 * in the builtins module, not types of their own.
 *
 * <p>Every exception instance is a {@link PyBaseException}; the per-family behaviour
 * ({@code StopIteration.value}, {@code OSError} errno mapping, ...) is in
 * {@link ExceptionBehaviours} and {@link OSErrors}.
 */
@SuppressWarnings({"checkstyle:ConstantName", "unused"})
public final class ExceptionTypes {
    /** The most extra fields any builtin exception family needs. */
    static final int MAX_FIELDS = 8;

    private static final List<PyType> BUILDING = new ArrayList<>();

    private static PyType def(String name, PyType base, Class<?> behaviour, String... fields) {
        return def(name, new PyType[] {base}, behaviour, fields);
    }

    private static PyType def(String name, PyType[] bases, Class<?> behaviour, String... fields) {
        PyType t = PyType.builtin(name, PyBaseException.class, bases, behaviour,
                behaviour == null ? null : Exposer.lookupOf(behaviour));
        for (int i = 0; i < fields.length; i++) {
            final int index = i;
            t.getDict().put(fields[i], new PyGetSetDescr(t, fields[i], PyBaseException.class,
                    self -> ((PyBaseException) self).field(index),
                    (self, v) -> ((PyBaseException) self).setField(index,
                            v == null ? PyNone.NONE : v), ""));
        }
        t.ready();
        BUILDING.add(t);
        return t;
    }

    /** {@code BaseException}. */
    public static final PyType BaseException =
            def("BaseException", PyType.OBJECT_TYPE, PyBaseException.class);
    /** {@code BaseExceptionGroup}. */
    public static final PyType BaseExceptionGroup = def("BaseExceptionGroup", BaseException,
            ExceptionGroups.class, "message", "exceptions");
    /** {@code GeneratorExit}. */
    public static final PyType GeneratorExit = def("GeneratorExit", BaseException, null);
    /** {@code KeyboardInterrupt}. */
    public static final PyType KeyboardInterrupt = def("KeyboardInterrupt", BaseException, null);
    /** {@code SystemExit}. */
    public static final PyType SystemExit =
            def("SystemExit", BaseException, ExceptionBehaviours.SystemExit.class, "code");
    /** {@code Exception}. */
    public static final PyType Exception = def("Exception", BaseException, null);
    /** {@code ArithmeticError}. */
    public static final PyType ArithmeticError = def("ArithmeticError", Exception, null);
    /** {@code FloatingPointError}. */
    public static final PyType FloatingPointError = def("FloatingPointError", ArithmeticError, null);
    /** {@code OverflowError}. */
    public static final PyType OverflowError = def("OverflowError", ArithmeticError, null);
    /** {@code ZeroDivisionError}. */
    public static final PyType ZeroDivisionError = def("ZeroDivisionError", ArithmeticError, null);
    /** {@code AssertionError}. */
    public static final PyType AssertionError = def("AssertionError", Exception, null);
    /** {@code AttributeError}. */
    public static final PyType AttributeError = def("AttributeError", Exception,
            ExceptionBehaviours.AttributeError.class, "name", "obj");
    /** {@code BufferError}. */
    public static final PyType BufferError = def("BufferError", Exception, null);
    /** {@code EOFError}. */
    public static final PyType EOFError = def("EOFError", Exception, null);
    /** {@code ExceptionGroup}. */
    public static final PyType ExceptionGroup =
            def("ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception}, null);
    /** {@code ImportError}. */
    public static final PyType ImportError = def("ImportError", Exception,
            ExceptionBehaviours.ImportError.class, "msg", "name", "path", "name_from");
    /** {@code ModuleNotFoundError}. */
    public static final PyType ModuleNotFoundError = def("ModuleNotFoundError", ImportError, null);
    /** {@code LookupError}. */
    public static final PyType LookupError = def("LookupError", Exception, null);
    /** {@code IndexError}. */
    public static final PyType IndexError = def("IndexError", LookupError, null);
    /** {@code KeyError}. */
    public static final PyType KeyError =
            def("KeyError", LookupError, ExceptionBehaviours.KeyError.class);
    /** {@code MemoryError}. */
    public static final PyType MemoryError = def("MemoryError", Exception, null);
    /** {@code NameError}. */
    public static final PyType NameError =
            def("NameError", Exception, ExceptionBehaviours.NameError.class, "name");
    /** {@code UnboundLocalError}. */
    public static final PyType UnboundLocalError = def("UnboundLocalError", NameError, null);
    /** {@code OSError}. */
    public static final PyType OSError = def("OSError", Exception, OSErrors.class, "errno",
            "strerror", "filename", "filename2", "characters_written");
    /** {@code BlockingIOError}. */
    public static final PyType BlockingIOError = def("BlockingIOError", OSError, null);
    /** {@code ChildProcessError}. */
    public static final PyType ChildProcessError = def("ChildProcessError", OSError, null);
    /** {@code ConnectionError}. */
    public static final PyType ConnectionError = def("ConnectionError", OSError, null);
    /** {@code BrokenPipeError}. */
    public static final PyType BrokenPipeError = def("BrokenPipeError", ConnectionError, null);
    /** {@code ConnectionAbortedError}. */
    public static final PyType ConnectionAbortedError =
            def("ConnectionAbortedError", ConnectionError, null);
    /** {@code ConnectionRefusedError}. */
    public static final PyType ConnectionRefusedError =
            def("ConnectionRefusedError", ConnectionError, null);
    /** {@code ConnectionResetError}. */
    public static final PyType ConnectionResetError =
            def("ConnectionResetError", ConnectionError, null);
    /** {@code FileExistsError}. */
    public static final PyType FileExistsError = def("FileExistsError", OSError, null);
    /** {@code FileNotFoundError}. */
    public static final PyType FileNotFoundError = def("FileNotFoundError", OSError, null);
    /** {@code InterruptedError}. */
    public static final PyType InterruptedError = def("InterruptedError", OSError, null);
    /** {@code IsADirectoryError}. */
    public static final PyType IsADirectoryError = def("IsADirectoryError", OSError, null);
    /** {@code NotADirectoryError}. */
    public static final PyType NotADirectoryError = def("NotADirectoryError", OSError, null);
    /** {@code PermissionError}. */
    public static final PyType PermissionError = def("PermissionError", OSError, null);
    /** {@code ProcessLookupError}. */
    public static final PyType ProcessLookupError = def("ProcessLookupError", OSError, null);
    /** {@code TimeoutError}. */
    public static final PyType TimeoutError = def("TimeoutError", OSError, null);
    /** {@code ReferenceError}. */
    public static final PyType ReferenceError = def("ReferenceError", Exception, null);
    /** {@code RuntimeError}. */
    public static final PyType RuntimeError = def("RuntimeError", Exception, null);
    /** {@code NotImplementedError}. */
    public static final PyType NotImplementedError = def("NotImplementedError", RuntimeError, null);
    /** {@code PythonFinalizationError} (new in 3.13). */
    public static final PyType PythonFinalizationError =
            def("PythonFinalizationError", RuntimeError, null);
    /** {@code RecursionError}. */
    public static final PyType RecursionError = def("RecursionError", RuntimeError, null);
    /** {@code StopAsyncIteration}. */
    public static final PyType StopAsyncIteration = def("StopAsyncIteration", Exception, null);
    /** {@code StopIteration}. */
    public static final PyType StopIteration =
            def("StopIteration", Exception, ExceptionBehaviours.StopIteration.class, "value");
    /** {@code SyntaxError}. */
    public static final PyType SyntaxError = def("SyntaxError", Exception,
            ExceptionBehaviours.SyntaxError.class, "msg", "filename", "lineno", "offset", "text",
            "end_lineno", "end_offset", "print_file_and_line");
    /** {@code IndentationError}. */
    public static final PyType IndentationError = def("IndentationError", SyntaxError, null);
    /** {@code TabError}. */
    public static final PyType TabError = def("TabError", IndentationError, null);
    /** {@code _IncompleteInputError} (3.13, raised by the compiler for incomplete input). */
    public static final PyType IncompleteInputError =
            def("_IncompleteInputError", SyntaxError, null);
    /** {@code SystemError}. */
    public static final PyType SystemError = def("SystemError", Exception, null);
    /** {@code TypeError}. */
    public static final PyType TypeError = def("TypeError", Exception, null);
    /** {@code ValueError}. */
    public static final PyType ValueError = def("ValueError", Exception, null);
    /** {@code UnicodeError}. */
    public static final PyType UnicodeError = def("UnicodeError", ValueError, null,
            "encoding", "object", "start", "end", "reason");
    /** {@code UnicodeDecodeError}. */
    public static final PyType UnicodeDecodeError =
            def("UnicodeDecodeError", UnicodeError, UnicodeErrors.Decode.class);
    /** {@code UnicodeEncodeError}. */
    public static final PyType UnicodeEncodeError =
            def("UnicodeEncodeError", UnicodeError, UnicodeErrors.Encode.class);
    /** {@code UnicodeTranslateError}. */
    public static final PyType UnicodeTranslateError =
            def("UnicodeTranslateError", UnicodeError, UnicodeErrors.Translate.class);
    /** {@code Warning}. */
    public static final PyType Warning = def("Warning", Exception, null);
    /** {@code BytesWarning}. */
    public static final PyType BytesWarning = def("BytesWarning", Warning, null);
    /** {@code DeprecationWarning}. */
    public static final PyType DeprecationWarning = def("DeprecationWarning", Warning, null);
    /** {@code EncodingWarning}. */
    public static final PyType EncodingWarning = def("EncodingWarning", Warning, null);
    /** {@code FutureWarning}. */
    public static final PyType FutureWarning = def("FutureWarning", Warning, null);
    /** {@code ImportWarning}. */
    public static final PyType ImportWarning = def("ImportWarning", Warning, null);
    /** {@code PendingDeprecationWarning}. */
    public static final PyType PendingDeprecationWarning =
            def("PendingDeprecationWarning", Warning, null);
    /** {@code ResourceWarning}. */
    public static final PyType ResourceWarning = def("ResourceWarning", Warning, null);
    /** {@code RuntimeWarning}. */
    public static final PyType RuntimeWarning = def("RuntimeWarning", Warning, null);
    /** {@code SyntaxWarning}. */
    public static final PyType SyntaxWarning = def("SyntaxWarning", Warning, null);
    /** {@code UnicodeWarning}. */
    public static final PyType UnicodeWarning = def("UnicodeWarning", Warning, null);
    /** {@code UserWarning}. */
    public static final PyType UserWarning = def("UserWarning", Warning, null);

    /** Every builtin exception type, in definition order (base before subclass). */
    public static final List<PyType> ALL = Collections.unmodifiableList(new ArrayList<>(BUILDING));

    static {
        BUILDING.clear();
    }

    private ExceptionTypes() {
    }

    /**
     * Creates an exception object of a builtin or Python exception type with a message.
     *
     * @param type the type
     * @param msg  the message (becomes {@code args[0]})
     * @return the exception object
     */
    public static PyBaseException create(PyType type, String msg) {
        return create(type, PyStr.of(msg));
    }

    /**
     * Creates an exception object by calling its type.
     *
     * @param type the type
     * @param args the constructor arguments
     * @return the exception object
     */
    public static PyBaseException create(PyType type, PyObject... args) {
        PyObject e = type.call(args, null);
        if (e instanceof PyBaseException b) {
            return b;
        }
        throw Errors.typeError("calling %s should have returned an instance of BaseException, not %s",
                Abstract.repr(type), e.getType().getName());
    }
}
