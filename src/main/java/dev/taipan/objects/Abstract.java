package dev.taipan.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The abstract object protocol: every generic operation on Python objects, named after the
 * C-API function it stands for ({@code getItem} is PyObject_GetItem, {@code add} is
 * PyNumber_Add, ...).
 *
 * <p>Each operation dispatches through the operand's type slots, so it works for builtin and
 * Python-defined types alike; a few have direct paths for exact builtin types first.
 *
 * <p>CPython: Objects/abstract.c and Objects/object.c
 */
public final class Abstract {
    private Abstract() {
    }

    // The per-thread set of containers being repr'd, for "[...]"; lives with the thread that
    // runs the repr, as CPython's Py_ReprEnter keeps it in the thread state.
    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_STACK =
            ThreadLocal.withInitial(IdentityHashMap::new);


    // ---- calls ----------------------------------------------------------------------------

    /**
     * Calls an object through its type's {@code __call__} (the default of {@link PyObject#call}).
     *
     * @param obj     the callable
     * @param args    arguments
     * @param kwnames keyword names or {@code null}
     * @return the result
     */
    static PyObject callViaType(PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject c = obj.getType().slot(Slot.CALL);
        if (c == null) {
            throw Errors.typeError(ErrorMessages.NOT_CALLABLE, obj.getType().getName());
        }
        return Slots.callN(c, obj, args, kwnames);
    }

    /**
     * Calls with positional arguments and a keyword dict ({@code f(*args, **kwargs)}).
     *
     * @param callable the callable
     * @param args     positional arguments
     * @param kwargs   keyword arguments, or {@code null}
     * @return the result
     */
    public static PyObject callWithDict(PyObject callable, PyObject[] args, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return callable.call(args, null);
        }
        PyObject[] keys = kwargs.keysArray();
        PyObject[] all = new PyObject[args.length + keys.length];
        String[] names = new String[keys.length];
        System.arraycopy(args, 0, all, 0, args.length);
        for (int i = 0; i < keys.length; i++) {
            if (!(keys[i] instanceof PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s.toString();
            all[args.length + i] = kwargs.getItem(keys[i]);
        }
        return callable.call(all, names);
    }

    /**
     * Calls a method by name ({@code obj.name(*args)}).
     *
     * @param obj  the receiver
     * @param name the method name
     * @param args the arguments
     * @return the result
     */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return getAttr(obj, name).call(args, null);
    }

    /**
     * Returns whether an object is callable ({@code callable(o)}).
     *
     * @param o the object
     * @return whether its type has {@code __call__}
     */
    public static boolean isCallable(PyObject o) {
        return o.getType().slot(Slot.CALL) != null;
    }

    // ---- attributes (implemented in Attributes) ------------------------------------------

    /**
     * Checks an attribute name object and returns it as a Java string.
     *
     * @param name the name object
     * @return the name
     */
    public static String attrName(PyObject name) {
        return Attributes.attrName(name);
    }

    /**
     * Gets an attribute ({@code obj.name}), with the {@code __getattr__} fallback.
     *
     * @param obj  the object
     * @param name the name
     * @return the value
     */
    public static PyObject getAttr(PyObject obj, String name) {
        return Attributes.getAttr(obj, name);
    }

    /**
     * Finds a method for calling without making a bound method (CPython's _PyObject_GetMethod):
     * for a plain instance whose type gives an {@link UnboundMethod} not shadowed by the
     * instance dict, returns that function and sets {@code out[0]} to {@code obj} (call it with
     * obj prepended); otherwise returns the attribute and sets {@code out[0]} to {@code null}.
     *
     * @param obj  the receiver
     * @param name the method name
     * @param out  a one-element array receiving the self to prepend, or {@code null}
     * @return the callable
     */
    public static PyObject lookupMethod(PyObject obj, String name, PyObject[] out) {
        return Attributes.lookupMethod(obj, name, out);
    }

    /**
     * Gets an attribute given as an object ({@code getattr(obj, name)}).
     *
     * @param obj  the object
     * @param name the name, which must be a str
     * @return the value
     */
    public static PyObject getAttr(PyObject obj, PyObject name) {
        return Attributes.getAttr(obj, Attributes.attrName(name));
    }

    /**
     * Gets an attribute or {@code null} when it is missing (AttributeError suppressed).
     *
     * @param obj  the object
     * @param name the name
     * @return the value or {@code null}
     */
    public static PyObject lookupAttr(PyObject obj, String name) {
        return Attributes.lookupAttr(obj, name);
    }

    /**
     * Sets an attribute ({@code obj.name = value}), or deletes it when value is {@code null}.
     *
     * @param obj   the object
     * @param name  the name
     * @param value the value or {@code null}
     */
    public static void setAttr(PyObject obj, String name, PyObject value) {
        Attributes.setAttr(obj, name, value);
    }

    /**
     * Sets an attribute given as an object ({@code setattr(obj, name, value)}).
     *
     * @param obj   the object
     * @param name  the name, which must be a str
     * @param value the value or {@code null} to delete
     */
    public static void setAttr(PyObject obj, PyObject name, PyObject value) {
        Attributes.setAttr(obj, Attributes.attrName(name), value);
    }

    /**
     * Deletes an attribute ({@code del obj.name}).
     *
     * @param obj  the object
     * @param name the name
     */
    public static void delAttr(PyObject obj, String name) {
        Attributes.setAttr(obj, name, null);
    }

    // ---- object protocol ----------------------------------------------------------------

    /**
     * Returns {@code repr(o)}.
     *
     * @param o the object
     * @return the repr
     */
    public static PyStr repr(PyObject o) {
        PyObject f = o.getType().slot(Slot.REPR);
        PyObject r = Slots.call0(f, o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("__repr__ returned non-string (type %.200s)", r.getType().getName());
    }

    /**
     * Returns {@code ascii(o)}: the repr with non-ASCII code points escaped.
     *
     * @param o the object
     * @return the ASCII-only repr
     */
    // CPython: Objects/object.c, PyObject_ASCII
    public static PyStr ascii(PyObject o) {
        return PyStr.of(StrFormat.ascii(repr(o).toString()));
    }

    /**
     * Returns {@code str(o)}.
     *
     * @param o the object
     * @return the string
     */
    public static PyStr str(PyObject o) {
        if (o.getClass() == PyStr.class) {
            return (PyStr) o;
        }
        PyObject f = o.getType().slot(Slot.STR);
        PyObject r = Slots.call0(f, o);
        if (r instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("__str__ returned non-string (type %.200s)", r.getType().getName());
    }

    /**
     * Starts the repr of a container that may contain itself (CPython's Py_ReprEnter).
     *
     * @param o the container
     * @return false if the container is already being repr'd on this thread
     */
    public static boolean reprEnter(PyObject o) {
        return REPR_STACK.get().put(o, Boolean.TRUE) == null;
    }

    /**
     * Ends the repr of a container (CPython's Py_ReprLeave).
     *
     * @param o the container
     */
    public static void reprLeave(PyObject o) {
        REPR_STACK.get().remove(o);
    }

    /**
     * Returns {@code format(o, spec)}.
     *
     * @param o    the object
     * @param spec the format spec
     * @return the formatted string
     */
    public static PyStr format(PyObject o, PyStr spec) {
        PyObject f = o.getType().slot(Slot.FORMAT);
        if (f == null) {
            throw Errors.typeError("Type %.100s doesn't define __format__", o.getType().getName());
        }
        PyObject r = Slots.call1(f, o, spec);
        if (r instanceof PyStr s) {
            return s;
        }
        throw Errors.typeError("__format__ must return a str, not %.200s", r.getType().getName());
    }

    /**
     * Returns {@code hash(o)} (with -1 mapped to -2 as CPython does).
     *
     * @param o the object
     * @return the hash
     */
    public static long hash(PyObject o) {
        // Exact builtin types cannot have their __hash__ replaced: answer directly.
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return ((PyStr) o).hashCodeLong();
        } else if (c == PyInt.class) {
            return ((PyInt) o).hash();
        } else if (c == PyFloat.class) {
            return FloatMethods.hash(((PyFloat) o).value, o);
        }
        PyObject f = o.getType().slot(Slot.HASH);
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError(ErrorMessages.UNHASHABLE, o.getType().getName());
        }
        PyObject r = Slots.call0(f, o);
        if (!(r instanceof PyInt i)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        // CPython: Objects/typeobject.c, slot_tp_hash: big results are hashed again as ints.
        long h = i.fitsLong() ? i.longValue() : i.hash();
        return h == -1 ? -2 : h;
    }

    /**
     * Returns the identity-based hash of {@code object.__hash__}.
     *
     * @param o the object
     * @return the hash
     */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    /**
     * Returns a stable pseudo address for reprs ({@code 0x...}).
     *
     * @param o the object
     * @return the text
     */
    public static String addressOf(PyObject o) {
        return String.format("0x%012x", System.identityHashCode(o) * 16L);
    }

    /**
     * Returns the truth value ({@code bool(o)}).
     *
     * @param o the object
     * @return the truth
     */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        } else if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return ((PyInt) o).signum() != 0;
        } else if (c == PyStr.class) {
            return ((PyStr) o).length() != 0;
        } else if (c == PyList.class) {
            return ((PyList) o).size() != 0;
        }
        PyType t = o.getType();
        PyObject f = t.slot(Slot.BOOL);
        if (f != null) {
            PyObject r = Slots.call0(f, o);
            if (r instanceof PyBool b) {
                return b == PyBool.TRUE;
            }
            throw Errors.typeError("__bool__ should return bool, returned %.200s",
                    r.getType().getName());
        }
        if (t.slot(Slot.LEN) != null) {
            return len(o) != 0;
        }
        return true;
    }

    /**
     * Returns {@code len(o)}.
     *
     * @param o the object
     * @return the length
     */
    public static int len(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyList.class) {
            return ((PyList) o).size();
        } else if (c == PyStr.class) {
            return ((PyStr) o).length();
        } else if (c == PyTuple.class) {
            return ((PyTuple) o).size();
        } else if (c == PyDict.class) {
            return ((PyDict) o).size();
        }
        PyObject f = o.getType().slot(Slot.LEN);
        if (f == null) {
            throw Errors.typeError(ErrorMessages.NO_LEN, o.getType().getName());
        }
        PyObject r = Slots.call0(f, o);
        PyInt n = index(r);
        if (n.signum() < 0) {
            throw Errors.valueError(ErrorMessages.LEN_NEGATIVE);
        }
        if (!n.fitsInt()) {
            throw Errors.overflowError(ErrorMessages.INDEX_TOO_BIG, r.getType().getName());
        }
        return n.intValue();
    }

    /**
     * Returns {@code o[key]}.
     *
     * @param o   the container
     * @param key the key
     * @return the item
     */
    public static PyObject getItem(PyObject o, PyObject key) {
        PyObject f = o.getType().slot(Slot.GETITEM);
        if (f != null) {
            return Slots.call1(f, o, key);
        }
        if (o instanceof PyType t) {
            if (t == PyType.TYPE) {
                return new PyGenericAlias(t, key);
            }
            PyObject cg = t.lookup("__class_getitem__");
            if (cg != null) {
                return Descriptors.get(cg, null, t).call(key);
            }
            throw Errors.typeError("type '%.200s' is not subscriptable", t.getName());
        }
        throw Errors.typeError(ErrorMessages.NOT_SUBSCRIPTABLE, o.getType().getName());
    }

    /**
     * Performs {@code o[key] = value}.
     *
     * @param o     the container
     * @param key   the key
     * @param value the value
     */
    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyObject f = o.getType().slot(Slot.SETITEM);
        if (f == null) {
            throw Errors.typeError(ErrorMessages.NO_ITEM_ASSIGNMENT, o.getType().getName());
        }
        Slots.call2(f, o, key, value);
    }

    /**
     * Performs {@code del o[key]}.
     *
     * @param o   the container
     * @param key the key
     */
    public static void delItem(PyObject o, PyObject key) {
        PyObject f = o.getType().slot(Slot.DELITEM);
        if (f == null) {
            // CPython words it differently for sequences and mappings than for the rest.
            if (o.getType().slot(Slot.GETITEM) != null) {
                throw Errors.typeError("'%.200s' object doesn't support item deletion",
                        o.getType().getName());
            }
            throw Errors.typeError(ErrorMessages.NO_ITEM_DELETION, o.getType().getName());
        }
        Slots.call1(f, o, key);
    }

    /**
     * Returns {@code iter(o)}.
     *
     * @param o the iterable
     * @return an iterator
     */
    public static PyObject iter(PyObject o) {
        PyType t = o.getType();
        PyObject f = t.slot(Slot.ITER);
        if (f == null || f == PyNone.NONE) {
            if (f == null && t.slot(Slot.GETITEM) != null) {
                return new PySeqIter(o);
            }
            throw Errors.typeError(ErrorMessages.NOT_ITERABLE, t.getName());
        }
        PyObject it = Slots.call0(f, o);
        if (it.getType().slot(Slot.NEXT) == null) {
            throw Errors.typeError("iter() returned non-iterator of type '%.100s'",
                    it.getType().getName());
        }
        return it;
    }

    /**
     * Advances an iterator ({@code next(it)}), returning {@code null} when it is exhausted
     * instead of raising StopIteration.
     *
     * @param it the iterator
     * @return the next item or {@code null}
     */
    public static PyObject next(PyObject it) {
        PyType type = it.getType();
        // A Python subclass of a builtin iterator may override __next__, so only a builtin
        // type's own iterators take the shortcut.
        if (it instanceof PyIterator pi && !type.hasFlag(PyType.HEAPTYPE)) {
            return pi.nextOrNull();
        }
        PyObject f = type.slot(Slot.NEXT);
        if (f == null) {
            throw Errors.typeError(ErrorMessages.NOT_AN_ITERATOR, type.getName());
        }
        try {
            return Slots.call0(f, it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Collects the items of an iterable ({@code list(o)} as an array).
     *
     * @param o the iterable
     * @return its items
     */
    public static PyObject[] toArray(PyObject o) {
        if (o.getClass() == PyTuple.class) {
            return ((PyTuple) o).items();
        } else if (o.getClass() == PyList.class) {
            return ((PyList) o).toArray();
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(o);
        for (PyObject x = next(it); x != null; x = next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /**
     * Returns {@code item in container}.
     *
     * @param container the container
     * @param item      the item
     * @return whether contained
     */
    public static boolean contains(PyObject container, PyObject item) {
        PyObject f = container.getType().slot(Slot.CONTAINS);
        if (f != null) {
            return isTrue(Slots.call1(f, container, item));
        }
        PyType t = container.getType();
        if (t.slot(Slot.ITER) == null && t.slot(Slot.GETITEM) == null) {
            throw Errors.typeError(ErrorMessages.NOT_CONTAINER, t.getName());
        }
        PyObject it = iter(container);
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (x == item || richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---- isinstance / issubclass ------------------------------------------------------------

    /**
     * Returns {@code isinstance(inst, cls)}.
     *
     * @param inst the object
     * @param cls  a class or tuple of classes
     * @return whether an instance
     */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        return InstanceChecks.isInstance(inst, cls);
    }

    /**
     * Returns {@code issubclass(sub, cls)}.
     *
     * @param sub the candidate subclass
     * @param cls a class or tuple of classes
     * @return whether a subclass
     */
    public static boolean isSubclass(PyObject sub, PyObject cls) {
        return InstanceChecks.isSubclass(sub, cls);
    }

    static boolean recursiveIsInstance(PyObject inst, PyObject cls) {
        return InstanceChecks.recursiveIsInstance(inst, cls);
    }

    // ---- comparison ---------------------------------------------------------------------------

    /**
     * Rich comparison ({@code a op b}) returning the result object.
     *
     * @param a  the left operand
     * @param b  the right operand
     * @param op the comparison
     * @return the result
     */
    public static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return PyBool.of(op.test(((PyInt) a).compareTo((PyInt) b)));
        }
        PyType ta = a.getType();
        PyType tb = b.getType();
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject f = tb.slot(op.swapped().slot());
            if (f != null) {
                checkedReverse = true;
                PyObject r = Slots.call1(f, b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject f = ta.slot(op.slot());
        if (f != null) {
            PyObject r = Slots.call1(f, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject g = tb.slot(op.swapped().slot());
            if (g != null) {
                PyObject r = Slots.call1(g, b, a);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return switch (op) {
            case EQ -> PyBool.of(a == b);
            case NE -> PyBool.of(a != b);
            default -> throw Errors.typeError(ErrorMessages.COMPARE_NOT_SUPPORTED, op.symbol(),
                    ta.getName(), tb.getName());
        };
    }

    /**
     * Rich comparison as a truth value; identity implies equality for {@code ==} and
     * {@code !=} (CPython's PyObject_RichCompareBool).
     *
     * @param a  the left operand
     * @param b  the right operand
     * @param op the comparison
     * @return the truth
     */
    public static boolean richCompareBool(PyObject a, PyObject b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            } else if (op == CompareOp.NE) {
                return false;
            }
        }
        return isTrue(richCompare(a, b, op));
    }

    // ---- numbers ------------------------------------------------------------------------------

    /**
     * Returns {@code operator.index(o)} as an exact int (CPython's PyNumber_Index).
     *
     * @param o the object
     * @return the int
     */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject f = o.getType().slot(Slot.INDEX);
        if (f == null) {
            throw Errors.typeError(ErrorMessages.NOT_INDEX, o.getType().getName());
        }
        PyObject r = Slots.call0(f, o);
        if (r instanceof PyInt i) {
            return i;
        }
        throw Errors.typeError("__index__ returned non-int (type %.200s)", r.getType().getName());
    }

    /**
     * Converts via {@code __index__} to a Java {@code long}.
     *
     * @param o the object
     * @return the value
     * @throws PyException OverflowError beyond 64 bits
     */
    public static long asLong(PyObject o) {
        PyInt i = index(o);
        if (!i.fitsLong()) {
            throw Errors.overflowError(ErrorMessages.INT_TOO_LARGE_SSIZE);
        }
        return i.longValue();
    }

    /**
     * Converts via {@code __index__} to a Java {@code int} for sizes and positions, clamping
     * values beyond 32 bits (they are out of range for any Java sequence alike).
     *
     * @param o the object
     * @return the value, clamped to the int range
     * @throws PyException OverflowError beyond 64 bits, as CPython's Py_ssize_t converter
     */
    public static int asSize(PyObject o) {
        long v = asLong(o);
        return v > Integer.MAX_VALUE ? Integer.MAX_VALUE
                : v < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) v;
    }

    /**
     * Converts an index for sequence subscription, raising {@code IndexError} when it does not
     * fit (CPython's PyNumber_AsSsize_t(o, PyExc_IndexError)).
     *
     * @param o the index
     * @return the value
     */
    public static int asIndex(PyObject o) {
        PyInt i = index(o);
        if (!i.fitsInt()) {
            if (i.fitsLong()) {
                return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            throw Errors.indexError(ErrorMessages.INDEX_TOO_BIG, o.getType().getName());
        }
        return i.intValue();
    }

    /**
     * Converts to a Java {@code double} ({@code __float__}, then {@code __index__}).
     *
     * @param o the object
     * @return the value
     */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.doubleValue();
        } else if (o instanceof PyInt i) {
            return i.toDouble();
        }
        PyObject f = o.getType().slot(Slot.FLOAT);
        if (f != null) {
            PyObject r = Slots.call0(f, o);
            if (r instanceof PyFloat d) {
                return d.doubleValue();
            }
            throw Errors.typeError("%.50s.__float__ returned non-float (type %.50s)",
                    o.getType().getName(), r.getType().getName());
        }
        if (o.getType().slot(Slot.INDEX) != null) {
            return index(o).toDouble();
        }
        throw Errors.typeError("must be real number, not %.50s", o.getType().getName());
    }

    /**
     * Applies a binary operator through the slots.
     *
     * @param op the operator
     * @param a  the left operand
     * @param b  the right operand
     * @return the result
     */
    public static PyObject binaryOp(BinaryOp op, PyObject a, PyObject b) {
        return BinaryOps.binaryOp(op, a, b);
    }

    /**
     * Applies an in-place operator through the slots.
     *
     * @param op the operator
     * @param a  the target
     * @param b  the operand
     * @return the result to store back
     */
    public static PyObject inplaceOp(BinaryOp op, PyObject a, PyObject b) {
        return BinaryOps.inplaceOp(op, a, b);
    }

    /** {@code a + b}. @param a left @param b right @return the sum */
    public static PyObject add(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return ((PyInt) a).add((PyInt) b);
        }
        return BinaryOps.binaryOp(BinaryOp.ADD, a, b);
    }

    /** {@code a - b}. @param a left @param b right @return the difference */
    public static PyObject sub(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return ((PyInt) a).sub((PyInt) b);
        }
        return BinaryOps.binaryOp(BinaryOp.SUB, a, b);
    }

    /** {@code a * b}. @param a left @param b right @return the product */
    public static PyObject mul(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.MUL, a, b);
    }

    /** {@code a @ b}. @param a left @param b right @return the result */
    public static PyObject matmul(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.MATMUL, a, b);
    }

    /** {@code a / b}. @param a left @param b right @return the quotient */
    public static PyObject trueDiv(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.TRUEDIV, a, b);
    }

    /** {@code a // b}. @param a left @param b right @return the floor quotient */
    public static PyObject floorDiv(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.FLOORDIV, a, b);
    }

    /** {@code a % b}. @param a left @param b right @return the remainder */
    public static PyObject mod(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.MOD, a, b);
    }

    /** {@code divmod(a, b)}. @param a left @param b right @return the pair */
    public static PyObject divmod(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.DIVMOD, a, b);
    }

    /** {@code a ** b}. @param a base @param b exponent @return the power */
    public static PyObject pow(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.POW, a, b);
    }

    /** {@code pow(a, b, c)}. @param a base @param b exponent @param c modulus @return the power */
    public static PyObject pow(PyObject a, PyObject b, PyObject c) {
        return BinaryOps.ternaryPow(a, b, c);
    }

    /** {@code a << b}. @param a left @param b right @return the result */
    public static PyObject lshift(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.LSHIFT, a, b);
    }

    /** {@code a >> b}. @param a left @param b right @return the result */
    public static PyObject rshift(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.RSHIFT, a, b);
    }

    /** {@code a & b}. @param a left @param b right @return the result */
    public static PyObject and(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.AND, a, b);
    }

    /** {@code a ^ b}. @param a left @param b right @return the result */
    public static PyObject xor(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.XOR, a, b);
    }

    /** {@code a | b}. @param a left @param b right @return the result */
    public static PyObject or(PyObject a, PyObject b) {
        return BinaryOps.binaryOp(BinaryOp.OR, a, b);
    }

    private static PyObject unary(PyObject o, Slot slot, String what) {
        PyObject f = o.getType().slot(slot);
        if (f == null) {
            throw Errors.typeError(ErrorMessages.BAD_UNARY, what, o.getType().getName());
        }
        return Slots.call0(f, o);
    }

    /** {@code -o}. @param o the operand @return the result */
    public static PyObject neg(PyObject o) {
        return unary(o, Slot.NEG, "unary -");
    }

    /** {@code +o}. @param o the operand @return the result */
    public static PyObject pos(PyObject o) {
        return unary(o, Slot.POS, "unary +");
    }

    /** {@code ~o}. @param o the operand @return the result */
    public static PyObject invert(PyObject o) {
        return unary(o, Slot.INVERT, "unary ~");
    }

    /** {@code abs(o)}. @param o the operand @return the result */
    public static PyObject abs(PyObject o) {
        return unary(o, Slot.ABS, "abs()");
    }

    /**
     * Converts a Java {@code BigInteger} or {@code long}-range value to the canonical int.
     *
     * @param v the value
     * @return the int
     */
    static PyInt intOf(BigInteger v) {
        return PyInt.of(v);
    }
}
