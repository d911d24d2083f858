package dev.taipan.objects.expose;

import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;
import java.lang.invoke.MethodHandle;

/**
 * The invocable form of one exposed Java method (CPython's {@code PyMethodDef}): its
 * {@link Signature}, its docstring, and method handles that take {@code self} and Python objects
 * and return a Python object.
 *
 * <p>{@code general} takes the bound parameter array; {@code fast[k]}, where present, takes
 * exactly {@code k} positional arguments (defaults already inserted), so the common call shapes
 * bind nothing and allocate nothing. Static functions ignore {@code self}.
 */
public final class JavaCall {
    final Signature sig;
    private final String doc;
    private final MethodHandle general;
    private final MethodHandle fast0;
    private final MethodHandle fast1;
    private final MethodHandle fast2;
    private final MethodHandle fast3;

    JavaCall(Signature sig, String doc, MethodHandle general, MethodHandle[] fast) {
        this.sig = sig;
        this.doc = doc;
        this.general = general;
        this.fast0 = fast[0];
        this.fast1 = fast[1];
        this.fast2 = fast[2];
        this.fast3 = fast[3];
    }

    /** Returns the Python name, for example {@code "append"}. */
    public String name() {
        return sig.name;
    }

    /** Returns the qualified name, for example {@code "list.append"}. */
    public String qualname() {
        return sig.qualname;
    }

    /**
     * Returns the docstring, or empty for none. Like CPython's {@code ml_doc}, it is shared by
     * the method descriptor and every bound method made from it.
     */
    public String doc() {
        return doc;
    }

    /**
     * Calls with arguments in vectorcall form.
     *
     * @param self    the receiver (ignored by static functions)
     * @param args    the arguments
     * @param start   index of the first argument after any self in {@code args}
     * @param kwnames keyword names or {@code null}
     * @return the result
     */
    public PyObject call(PyObject self, PyObject[] args, int start, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) {
            switch (args.length - start) {
                case 0:
                    if (fast0 != null) {
                        return call0(self);
                    }
                    break;
                case 1:
                    if (fast1 != null) {
                        return call1(self, args[start]);
                    }
                    break;
                case 2:
                    if (fast2 != null) {
                        return call2(self, args[start], args[start + 1]);
                    }
                    break;
                case 3:
                    if (fast3 != null) {
                        return call3(self, args[start], args[start + 1], args[start + 2]);
                    }
                    break;
                default:
                    break;
            }
            kwnames = null;
        }
        PyObject[] bound = sig.bind(args, start, kwnames);
        try {
            return (PyObject) general.invokeExact(self, bound);
        } catch (PyException | Error e) {
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Calls with no arguments.
     *
     * @param self the receiver
     * @return the result
     */
    public PyObject call0(PyObject self) {
        if (fast0 == null) {
            return call(self, PyObject.EMPTY_ARRAY, 0, null);
        }
        try {
            return (PyObject) fast0.invokeExact(self);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Calls with one positional argument.
     *
     * @param self the receiver
     * @param a    the argument
     * @return the result
     */
    public PyObject call1(PyObject self, PyObject a) {
        if (fast1 == null) {
            return call(self, new PyObject[] {a}, 0, null);
        }
        try {
            return (PyObject) fast1.invokeExact(self, a);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Calls with two positional arguments.
     *
     * @param self the receiver
     * @param a    the first argument
     * @param b    the second argument
     * @return the result
     */
    public PyObject call2(PyObject self, PyObject a, PyObject b) {
        if (fast2 == null) {
            return call(self, new PyObject[] {a, b}, 0, null);
        }
        try {
            return (PyObject) fast2.invokeExact(self, a, b);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Calls with three positional arguments.
     *
     * @param self the receiver
     * @param a    the first argument
     * @param b    the second argument
     * @param c    the third argument
     * @return the result
     */
    public PyObject call3(PyObject self, PyObject a, PyObject b, PyObject c) {
        if (fast3 == null) {
            return call(self, new PyObject[] {a, b, c}, 0, null);
        }
        try {
            return (PyObject) fast3.invokeExact(self, a, b, c);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
