package dev.taipan.objects;

/**
 * Calls a slot entry (what a type's MRO gives for a special method) with the instance as first
 * argument, without making a bound method when the entry is an {@link UnboundMethod}.
 *
 * <p>CPython: Objects/typeobject.c, vectorcall_method and lookup_maybe_method
 */
public final class Slots {
    private Slots() {
    }

    private static PyObject bind(PyObject entry, PyObject self) {
        return Descriptors.get(entry, self, self.getType());
    }

    /**
     * Calls {@code entry(self)}.
     *
     * @param entry the slot entry
     * @param self  the instance
     * @return the result
     */
    public static PyObject call0(PyObject entry, PyObject self) {
        if (entry instanceof UnboundMethod) {
            return entry.call(self);
        }
        return bind(entry, self).call();
    }

    /**
     * Calls {@code entry(self, a)}.
     *
     * @param entry the slot entry
     * @param self  the instance
     * @param a     the argument
     * @return the result
     */
    public static PyObject call1(PyObject entry, PyObject self, PyObject a) {
        if (entry instanceof UnboundMethod) {
            return entry.call(self, a);
        }
        return bind(entry, self).call(a);
    }

    /**
     * Calls {@code entry(self, a, b)}.
     *
     * @param entry the slot entry
     * @param self  the instance
     * @param a     the first argument
     * @param b     the second argument
     * @return the result
     */
    public static PyObject call2(PyObject entry, PyObject self, PyObject a, PyObject b) {
        if (entry instanceof UnboundMethod) {
            return entry.call(self, a, b);
        }
        return bind(entry, self).call(a, b);
    }

    /**
     * Calls {@code entry(self, *args, **kw)} in vectorcall form.
     *
     * @param entry   the slot entry
     * @param self    the instance
     * @param args    arguments (positional then keyword values)
     * @param kwnames keyword names or {@code null}
     * @return the result
     */
    public static PyObject callN(PyObject entry, PyObject self, PyObject[] args, String[] kwnames) {
        if (entry instanceof UnboundMethod) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return entry.call(all, kwnames);
        }
        return bind(entry, self).call(args, kwnames);
    }
}
