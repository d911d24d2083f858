package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code reversed}. Calling it asks the argument's {@code __reversed__} first; only
 * sequences without one ({@code __len__} and {@code __getitem__}, not a dict) get an instance of
 * this type, which indexes from the end.
 */
// CPython: Objects/enumobject.c, reversed_new_impl and reversed_next
@PyClass(name = "reversed", methods = {BuiltinIterator.IterMethods.class},
        doc = "Return a reverse iterator over the values of the given sequence.")
public final class PyReversed extends BuiltinIterator implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code reversed} type. */
    public static final PyType TYPE = PyType.fromClass(PyReversed.class, LOOKUP);

    private final PyType type;
    private PyDict dict;
    /** The sequence, or null once exhausted. */
    private PyObject seq;
    /** The index of the next item. */
    private int index;

    private PyReversed(PyType type, PyObject seq, int index) {
        this.type = type;
        this.seq = seq;
        this.index = index;
    }

    @PyNew
    static PyObject __new__(PyType cls, PyObject seq) {
        return reverse(cls, seq);
    }

    /** {@code reversed(seq)}: the argument's {@code __reversed__()}, or a reversed object over a sequence. */
    public static PyObject reverse(PyType cls, PyObject seq) {
        PyType t = seq.getType();
        PyObject rev = t.slot(Slot.REVERSED);
        if (rev == PyNone.NONE) {
            throw Errors.typeError("'%.200s' object is not reversible", t.getName());
        }
        if (rev != null) {
            return Slots.call0(rev, seq);
        }
        if (t.slot(Slot.GETITEM) == null || t.isSubtypeOf(PyDict.TYPE)) {
            throw Errors.typeError("'%.200s' object is not reversible", t.getName());
        }
        int n = Abstract.len(seq);
        return new PyReversed(cls, seq, n - 1);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type.hasFlag(PyType.HAS_DICT)) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject nextOrNull() {
        if (seq == null) {
            return null;
        }
        if (index >= 0) {
            try {
                return Abstract.getItem(seq, PyInt.of(index--));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.IndexError) && !e.matches(ExceptionTypes.StopIteration)) {
                    throw e;
                }
            }
        }
        seq = null;
        index = -1;
        return null;
    }

    @PyMethod
    int __length_hint__() {
        if (seq == null) {
            return 0;
        }
        // CPython: reversed_len: a sequence that shrank underneath gives 0.
        int position = index + 1;
        return Abstract.len(seq) < position ? 0 : position;
    }
}
