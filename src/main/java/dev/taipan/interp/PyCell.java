package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PySetter;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code cell}: a box holding a variable that nested functions share. An empty cell
 * holds {@code null}.
 */
@PyClass(name = "cell", baseType = false)
public final class PyCell extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code cell} type. */
    public static final PyType TYPE = PyType.fromClass(PyCell.class, LOOKUP);

    /** The content, or {@code null} while the variable is unbound. */
    PyObject content;

    /** Creates a cell holding {@code content} (null for an empty cell). */
    public PyCell(PyObject content) {
        this.content = content;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The content, or null when empty. */
    public PyObject get() {
        return content;
    }

    /** Sets the content. */
    public void set(PyObject value) {
        content = value;
    }

    @PyGetter
    PyObject cell_contents() {
        if (content == null) {
            throw Errors.valueError("Cell is empty");
        }
        return content;
    }

    @PySetter
    void cell_contents(PyObject value) {
        content = value;
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of(content == null
                ? "<cell at " + Abstract.addressOf(this) + ": empty>"
                : "<cell at " + Abstract.addressOf(this) + ": " + content.getType().getName() + " object at "
                + Abstract.addressOf(content) + ">");
    }
}
