package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;
import dev.taipan.objects.expose.PySetter;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * A Python exception object: an instance of {@code BaseException} or any subclass, builtin or
 * Python-defined (they all share this Java class and carry their type).
 *
 * <p>It holds {@code args}, {@code __cause__}, {@code __context__},
 * {@code __suppress_context__}, {@code __traceback__} and an instance dict (where
 * {@code __notes__} lives, as in CPython). Builtin subclasses with extra attributes
 * ({@code StopIteration.value}, {@code OSError.errno}, ...) keep them in {@link #fields}; see
 * {@link ExceptionTypes}. Raise it from Java with {@link #toJava()}.
 */
@PyClass(name = "BaseException")
public class PyBaseException extends PyObject implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final PyType type;
    private PyTuple args = PyTuple.EMPTY;
    private PyObject cause;
    private PyObject context;
    private boolean suppressContext;
    private PyObject traceback;
    private PyDict dict;
    private PyObject[] fields;
    private PyException java;

    /**
     * Creates an exception object.
     *
     * @param type its type
     * @param args its {@code args}
     */
    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType getType() {
        return type;
    }

    /** Returns the Java exception carrying this object (made once, so identity is stable). */
    public PyException toJava() {
        PyException j = java;
        if (j == null) {
            j = new PyException(this);
            java = j;
        }
        return j;
    }

    /** Returns {@code args}. */
    public PyTuple getArgs() {
        return args;
    }

    /**
     * Sets {@code args}.
     *
     * @param args the new args
     */
    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** Returns {@code __cause__} or {@code null}. */
    public PyObject getCause() {
        return cause;
    }

    /**
     * Sets {@code __cause__} (also setting {@code __suppress_context__}, as {@code raise from}).
     *
     * @param cause the cause or {@code null}
     */
    public void setCause(PyObject cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** Returns {@code __context__} or {@code null}. */
    public PyObject getContext() {
        return context;
    }

    /**
     * Sets {@code __context__}.
     *
     * @param context the context or {@code null}
     */
    public void setContext(PyObject context) {
        this.context = context;
    }

    /** Returns {@code __suppress_context__}. */
    public boolean getSuppressContext() {
        return suppressContext;
    }

    /**
     * Sets {@code __suppress_context__}.
     *
     * @param v the value
     */
    public void setSuppressContext(boolean v) {
        this.suppressContext = v;
    }

    /** Returns {@code __traceback__} or {@code null}. */
    public PyObject getTraceback() {
        return traceback;
    }

    /**
     * Sets {@code __traceback__} (the interpreter's traceback object).
     *
     * @param tb the traceback or {@code null}
     */
    public void setTraceback(PyObject tb) {
        this.traceback = tb;
    }

    /**
     * Returns an extra field of a builtin subclass (see {@link ExceptionTypes}).
     *
     * @param i the field index
     * @return the value, None when unset
     */
    public PyObject field(int i) {
        PyObject[] f = fields;
        return f == null || f[i] == null ? PyNone.NONE : f[i];
    }

    /**
     * Sets an extra field of a builtin subclass.
     *
     * @param i the field index
     * @param v the value
     */
    public void setField(int i, PyObject v) {
        if (fields == null) {
            fields = new PyObject[ExceptionTypes.MAX_FIELDS];
        }
        fields[i] = v;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        this.dict = d;
    }

    // CPython: Objects/exceptions.c, BaseException_new
    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return new PyBaseException(cls, PyTuple.of(args));
    }

    // CPython: Objects/exceptions.c, BaseException_init
    @PyMethod
    void __init__(@Args PyObject[] a, @Kwargs PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", type.getName());
        }
        this.args = PyTuple.of(a);
    }

    @PyMethod
    PyObject __str__() {
        PyObject[] a = args.items();
        return switch (a.length) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Abstract.str(a[0]);
            default -> Abstract.str(args);
        };
    }

    @PyMethod
    String __repr__() {
        PyObject[] a = args.items();
        String name = type.getName();
        if (a.length == 1) {
            return name + "(" + Abstract.repr(a[0]) + ")";
        }
        return name + Abstract.repr(args);
    }

    @PyMethod
    PyObject __reduce__() {
        if (dict != null && dict.size() > 0) {
            return PyTuple.of(type, args, dict);
        }
        return PyTuple.of(type, args);
    }

    @PyMethod
    void __setstate__(PyObject state) {
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict d)) {
                throw Errors.typeError("state is not a dictionary");
            }
            for (PyObject k : d.keysArray()) {
                Abstract.setAttr(this, k, d.getItem(k));
            }
        }
    }

    @PyMethod
    PyObject with_traceback(PyObject tb) {
        __traceback__(tb);
        return this;
    }

    @PyMethod
    void add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw Errors.typeError("note must be a str, not '%s'", note.getType().getName());
        }
        PyDict d = getDict();
        PyObject notes = d.get(PyStr.of("__notes__"));
        if (notes == null) {
            notes = new PyList();
            d.put(PyStr.of("__notes__"), notes);
        } else if (!(notes instanceof PyList)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        ((PyList) notes).append(note);
    }

    @PyGetter
    PyObject args() {
        return args;
    }

    @PySetter
    void args(PyObject v) {
        if (v == null) {
            throw Errors.typeError("args may not be deleted");
        }
        this.args = PyTuple.of(Abstract.toArray(v));
    }

    @PyGetter
    PyObject __cause__() {
        return cause == null ? PyNone.NONE : cause;
    }

    @PySetter
    void __cause__(PyObject v) {
        if (v == null) {
            throw Errors.typeError("__cause__ may not be deleted");
        } else if (v == PyNone.NONE) {
            cause = null;
        } else if (v instanceof PyBaseException) {
            cause = v;
        } else {
            throw Errors.typeError("exception cause must be None or derive from BaseException");
        }
        suppressContext = true;
    }

    @PyGetter
    PyObject __context__() {
        return context == null ? PyNone.NONE : context;
    }

    @PySetter
    void __context__(PyObject v) {
        if (v == null) {
            throw Errors.typeError("__context__ may not be deleted");
        } else if (v == PyNone.NONE) {
            context = null;
        } else if (v instanceof PyBaseException) {
            context = v;
        } else {
            throw Errors.typeError("exception context must be None or derive from BaseException");
        }
    }

    @PyGetter
    boolean __suppress_context__() {
        return suppressContext;
    }

    @PySetter
    void __suppress_context__(PyObject v) {
        if (v == null) {
            throw Errors.typeError("__suppress_context__ may not be deleted");
        }
        suppressContext = Abstract.isTrue(v);
    }

    @PyGetter
    PyObject __traceback__() {
        return traceback == null ? PyNone.NONE : traceback;
    }

    @PySetter
    void __traceback__(PyObject v) {
        if (v == null) {
            throw Errors.typeError("__traceback__ may not be deleted");
        } else if (v == PyNone.NONE) {
            traceback = null;
        } else if (v.getType().getName().equals("traceback")) {
            // The traceback type belongs to the interpreter; it is recognised by name here.
            traceback = v;
        } else {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
    }

    @PyGetter
    PyObject __dict__() {
        return getDict();
    }

    @PySetter
    void __dict__(PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'",
                    v == null ? "NoneType" : v.getType().getName());
        }
        dict = d;
    }

    @Override
    public String toString() {
        return type.getName() + Arrays.toString(args.items());
    }
}
