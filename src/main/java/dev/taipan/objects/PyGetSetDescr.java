package dev.taipan.objects;

import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * A computed attribute of a builtin type ({@code getset_descriptor}), for example
 * {@code int.real}; a data descriptor whether or not it has a setter.
 */
@PyClass(name = "getset_descriptor", baseType = false)
public final class PyGetSetDescr extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code getset_descriptor}. */
    public static final PyType TYPE = PyType.fromClass(PyGetSetDescr.class, LOOKUP);

    /** Reads the attribute from an instance. */
    @FunctionalInterface
    public interface Getter {
        /**
         * Reads the value.
         *
         * @param self the instance
         * @return the value
         */
        PyObject get(PyObject self);
    }

    /** Writes or deletes the attribute of an instance. */
    @FunctionalInterface
    public interface Setter {
        /**
         * Writes the value.
         *
         * @param self  the instance
         * @param value the value, or {@code null} to delete
         */
        void set(PyObject self, PyObject value);
    }

    private final PyType objclass;
    private final String name;
    private final Class<?> selfClass;
    private final Getter getter;
    private final Setter setter;
    private final String doc;

    /**
     * Creates a descriptor from functions.
     *
     * @param objclass  the owning type
     * @param name      the name
     * @param selfClass the Java class instances must be
     * @param getter    the getter
     * @param setter    the setter or {@code null} for read-only
     * @param doc       the docstring or empty
     */
    public PyGetSetDescr(PyType objclass, String name, Class<?> selfClass, Getter getter,
            Setter setter, String doc) {
        this.objclass = objclass;
        this.name = name;
        this.selfClass = selfClass;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    /**
     * Creates a descriptor from method handles, as the exposer does.
     *
     * @param objclass  the owning type
     * @param name      the name
     * @param selfClass the Java class instances must be
     * @param get       {@code (PyObject)PyObject}
     * @param set       {@code (PyObject,PyObject)void}, or {@code null}
     * @param doc       the docstring or empty
     */
    public PyGetSetDescr(PyType objclass, String name, Class<?> selfClass, MethodHandle get,
            MethodHandle set, String doc) {
        this(objclass, name, selfClass, self -> {
            try {
                return (PyObject) get.invokeExact(self);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, set == null ? null : (self, v) -> {
            try {
                set.invokeExact(self, v);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }, doc);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private void checkSelf(PyObject obj) {
        if (!selfClass.isInstance(obj)) {
            throw Errors.typeError(ErrorMessages.DESCR_DOESNT_APPLY, name, objclass.getName(),
                    obj.getType().getName());
        }
    }

    /**
     * Reads the attribute ({@code __get__}).
     *
     * @param obj the instance, or None/{@code null} for class access
     * @return the value, or this descriptor for class access
     */
    public PyObject get(PyObject obj) {
        if (obj == null) {
            return this;
        }
        checkSelf(obj);
        return getter.get(obj);
    }

    /**
     * Writes or deletes the attribute ({@code __set__}/{@code __delete__}).
     *
     * @param obj   the instance
     * @param value the value, or {@code null} to delete
     */
    public void set(PyObject obj, PyObject value) {
        checkSelf(obj);
        if (setter == null) {
            throw Errors.attributeError(obj, name, String.format(
                    "attribute '%s' of '%s' objects is not writable", name, objclass.getName()));
        }
        setter.set(obj, value);
    }

    // CPython: Objects/typeobject.c, wrap_descr_get: None means access through the class,
    // unless no class is given.
    @PyMethod
    PyObject __get__(PyObject obj, @Opt PyObject type) {
        boolean noType = type == null || type == PyNone.NONE;
        if (obj == PyNone.NONE && noType) {
            throw Errors.typeError("__get__(None, None) is invalid");
        }
        return get(obj == PyNone.NONE ? null : obj);
    }

    @PyMethod
    void __set__(PyObject obj, PyObject value) {
        set(obj, value);
    }

    @PyMethod
    void __delete__(PyObject obj) {
        set(obj, null);
    }

    @PyMethod
    String __repr__() {
        return "<attribute '" + name + "' of '" + objclass.getName() + "' objects>";
    }

    @PyGetter
    String __name__() {
        return name;
    }

    @PyGetter
    String __qualname__() {
        return objclass.getName() + "." + name;
    }

    @PyGetter
    PyObject __objclass__() {
        return objclass;
    }

    @PyGetter
    PyObject __doc__() {
        return doc.isEmpty() ? PyNone.NONE : PyStr.of(doc);
    }
}
