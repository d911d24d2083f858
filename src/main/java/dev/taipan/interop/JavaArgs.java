package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySetBase;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python arguments for Java parameters: how well a value fits a parameter type (a score, lower is
 * better, {@link #NO} when it does not fit), and the conversion itself. Scores order overloads:
 * an {@code int} prefers {@code long}, then {@code int}, {@code short}, {@code byte},
 * {@code BigInteger}, {@code double}; a {@code float} prefers {@code double}; a {@code str}
 * prefers {@code String}, then {@code char}, then {@code CharSequence}; a {@code list} or
 * {@code tuple} fits {@code List}, then {@code Collection}, then an array (its items converted
 * into a new one); a {@code dict} fits {@code Map}, a {@code set} {@code Set}, {@code bytes} a
 * {@code byte[]} (a copy); a callable fits a functional interface; {@code None} fits any
 * reference type; anything fits {@code Object} last.
 */
final class JavaArgs {
    /** The score of a value that does not fit. */
    static final int NO = 1000;
    private static final int OBJECT = 20;

    private JavaArgs() {
    }

    /** How well a Python value fits a parameter type. */
    static int score(PyObject v, Class<?> t) {
        if (v == PyNone.NONE) {
            return t.isPrimitive() ? NO : 1;
        }
        if (v instanceof HostObject h) {
            Object o = h.target;
            Class<?> boxed = Boxes.box(t);
            if (boxed.isInstance(o)) {
                return o.getClass() == boxed ? 0 : boxed == Object.class ? OBJECT : 2;
            }
            return NO;
        }
        Class<?> c = v.getClass();
        if (c == PyBool.class) {
            if (t == boolean.class || t == Boolean.class) {
                return 0;
            }
            // bool is an int in Python: it may fill a numeric parameter, after every better fit.
            int asInt = t == Object.class ? NO : intScore((PyInt) v, t);
            return asInt < NO ? asInt + OBJECT + 2 : objectOrNo(t);
        }
        if (c == PyInt.class) {
            return intScore((PyInt) v, t);
        }
        if (c == PyFloat.class) {
            return t == double.class || t == Double.class ? 0 : t == float.class || t == Float.class ? 1
                    : t == Number.class ? 7 : objectOrNo(t);
        }
        if (c == PyStr.class) {
            if (t == String.class) {
                return 0;
            } else if ((t == char.class || t == Character.class) && ((PyStr) v).length() == 1
                    && ((PyStr) v).toString().length() == 1) {
                return 1;
            }
            return t == CharSequence.class ? 2 : objectOrNo(t);
        }
        if (c == PyList.class || c == PyTuple.class) {
            if (t == List.class) {
                return 1;
            } else if (t == Collection.class || t == Iterable.class) {
                return 2;
            }
            return t.isArray() ? 3 : objectOrNo(t);
        }
        if (c == PyDict.class) {
            return t == Map.class ? 1 : objectOrNo(t);
        }
        if (c == dev.taipan.objects.PyBytes.class) {
            return t == byte[].class ? 0 : objectOrNo(t);
        }
        if (v instanceof PySetBase && !v.getType().hasFlag(dev.taipan.objects.PyType.HEAPTYPE)) {
            return t == Set.class ? 1 : t == Collection.class || t == Iterable.class ? 2 : objectOrNo(t);
        }
        if (Abstract.isCallable(v) && CallableProxy.isFunctional(t)) {
            return 3;
        }
        return t == Object.class ? OBJECT + 1 : NO;
    }

    private static int objectOrNo(Class<?> t) {
        return t == Object.class ? OBJECT : NO;
    }

    private static int intScore(PyInt i, Class<?> t) {
        if (t == long.class || t == Long.class) {
            return i.fitsLong() ? 0 : NO;
        } else if (t == int.class || t == Integer.class) {
            return i.fitsInt() ? 1 : NO;
        } else if (t == short.class || t == Short.class) {
            return i.fitsInt() && i.intValue() == (short) i.intValue() ? 2 : NO;
        } else if (t == byte.class || t == Byte.class) {
            return i.fitsInt() && i.intValue() == (byte) i.intValue() ? 3 : NO;
        } else if (t == BigInteger.class) {
            return 4;
        } else if (t == double.class || t == Double.class) {
            return 5;
        } else if (t == float.class || t == Float.class) {
            return 6;
        } else if (t == Number.class) {
            return 7;
        }
        return objectOrNo(t);
    }

    /** Converts a value that fits ({@link #score} below {@link #NO}) to a parameter type. */
    static Object convert(PyObject v, Class<?> t, Boundary b) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof HostObject h) {
            return h.target;
        }
        Class<?> c = v.getClass();
        if (c == PyBool.class && t != boolean.class && t != Boolean.class && t != Object.class) {
            c = PyInt.class;
        }
        if (c == PyInt.class) {
            PyInt i = (PyInt) v;
            if (t == long.class || t == Long.class) {
                return i.longValue();
            } else if (t == int.class || t == Integer.class) {
                return i.intValue();
            } else if (t == short.class || t == Short.class) {
                return (short) i.intValue();
            } else if (t == byte.class || t == Byte.class) {
                return (byte) i.intValue();
            } else if (t == BigInteger.class) {
                return i.bigValue();
            } else if (t == double.class || t == Double.class) {
                return i.toDouble();
            } else if (t == float.class || t == Float.class) {
                return (float) i.toDouble();
            }
        } else if (c == PyFloat.class && (t == float.class || t == Float.class)) {
            return (float) ((PyFloat) v).doubleValue();
        } else if (c == PyStr.class && (t == char.class || t == Character.class)) {
            return v.toString().charAt(0);
        } else if (c == dev.taipan.objects.PyBytes.class && t == byte[].class) {
            return ((dev.taipan.objects.PyBytes) v).toByteArray();
        } else if ((c == PyList.class || c == PyTuple.class) && t.isArray()) {
            return toArray(Abstract.toArray(v), t.getComponentType(), b);
        } else if (Abstract.isCallable(v) && CallableProxy.isFunctional(t) && !(t == Object.class)) {
            return CallableProxy.create(t, v, b);
        }
        return JavaValues.toJava(v, b);
    }

    /** A Java array of a component type holding converted items. */
    static Object toArray(PyObject[] items, Class<?> component, Boundary b) {
        Object array = Array.newInstance(component, items.length);
        for (int i = 0; i < items.length; i++) {
            if (score(items[i], component) >= NO) {
                throw Errors.typeError("cannot store a '%s' in a Java %s[]", items[i].getType().getName(),
                        component.getTypeName());
            }
            Array.set(array, i, convert(items[i], component, b));
        }
        return array;
    }
}
