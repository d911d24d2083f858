package dev.taipan.objects;

import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/** The iterator over the code points of a str ({@code str_ascii_iterator} in CPython). */
@PyClass(name = "str_ascii_iterator", baseType = false,
        methods = {AbstractIterator.IterMethods.class})
public final class PyStrIterator extends AbstractIterator {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type of str iterators. */
    public static final PyType TYPE = PyType.fromClass(PyStrIterator.class, LOOKUP);

    private final String s;
    private int pos;

    /**
     * Creates an iterator.
     *
     * @param str the string
     */
    public PyStrIterator(PyStr str) {
        this.s = str.toString();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject nextOrNull() {
        if (pos >= s.length()) {
            return null;
        }
        int c = s.codePointAt(pos);
        pos += Character.charCount(c);
        return PyStr.ofCodePoint(c);
    }

    @PyMethod
    int __length_hint__() {
        return s.codePointCount(pos, s.length());
    }
}
