package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBaseObject;
import dev.taipan.objects.PyBoundMethod;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code super}: attribute lookup that starts after a given class in an object's MRO.
 * The zero-argument form reads the calling frame's {@code __class__} cell and first argument;
 * the call path ({@link Calls}) hands it that frame, since only the interpreter knows it.
 */
// CPython: Objects/typeobject.c, super_getattro and super_init_without_args
@PyClass(name = "super")
public final class PySuper extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code super} type. */
    public static final PyType TYPE = PyType.fromClass(PySuper.class, LOOKUP);

    private final PyType thisClass;
    private final PyObject obj;
    private final PyType objType;

    private PySuper(PyType thisClass, PyObject obj, PyType objType) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args) {
        // CPython: Objects/typeobject.c, super_init: its own count check and message.
        if (args.length > 2) {
            throw Errors.typeError("super() expected at most 2 arguments, got %d", args.length);
        }
        if (args.length == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        return of(args[0], args.length == 2 ? args[1] : null);
    }

    /** {@code super(type, obj)}. */
    static PySuper of(PyObject type, PyObject obj) {
        if (!(type instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not %s", type.getType().getName());
        }
        if (obj == null || obj == PyNone.NONE) {
            return new PySuper(t, null, null);
        }
        return new PySuper(t, obj, checkObject(t, obj));
    }

    // CPython: Objects/typeobject.c, supercheck
    private static PyType checkObject(PyType type, PyObject obj) {
        if (obj instanceof PyType ot && ot.isSubtypeOf(type)) {
            return ot;
        }
        if (obj.getType().isSubtypeOf(type)) {
            return obj.getType();
        }
        PyObject cls = Abstract.lookupAttr(obj, "__class__");
        if (cls instanceof PyType ct && ct != obj.getType() && ct.isSubtypeOf(type)) {
            return ct;
        }
        String what = obj instanceof PyType ot ? "type " + ot.getName() : "instance of " + obj.getType().getName();
        throw Errors.typeError("super(type, obj): obj (%s) is not an instance or subtype of type (%s).",
                what, type.getName());
    }

    /** Zero-argument {@code super()}, called from the Python frame {@code f}. */
    static PySuper fromFrame(Frame f) {
        if (f == null) {
            throw Errors.runtimeError("super(): no current frame");
        }
        CodeObject code = f.code;
        if (code.argCount() == 0 && (code.flags() & CodeObject.CO_VARARGS) == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        PyObject first = f.slots[0];
        if (first instanceof PyCell c && (code.localsPlusKinds()[0] & CodeObject.KIND_CELL) != 0) {
            first = c.content;
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        String[] names = code.localsPlusNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("__class__") && (code.localsPlusKinds()[i] & CodeObject.KIND_FREE) != 0) {
                PyObject cls = f.slots[i] instanceof PyCell c ? c.content : null;
                if (cls == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(cls instanceof PyType)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (%s)", cls.getType().getName());
                }
                return of(cls, first);
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    @PyMethod
    PyObject __getattribute__(PyObject nameObj) {
        String name = Abstract.attrName(nameObj);
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.getMroArray();
            int i = 0;
            while (i < mro.length && mro[i] != thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].getDict().get(name);
                if (v != null) {
                    return bind(v);
                }
            }
        }
        return PyBaseObject.genericGetAttr(this, name);
    }

    private PyObject bind(PyObject v) {
        if (v instanceof PyFunction) {
            return obj == objType ? v : new PyBoundMethod(v, obj);
        }
        if (v.getType().slot(Slot.GET) == null) {
            return v;
        }
        PyObject inst = obj == objType ? PyNone.NONE : obj;
        return Abstract.callMethod(v, "__get__", inst, objType);
    }

    @PyMethod
    PyObject __get__(PyObject instance, @Opt PyObject owner) {
        if (instance == PyNone.NONE || obj != null) {
            return this;
        }
        return of(thisClass, instance);
    }

    @PyMethod
    PyObject __repr__() {
        if (objType == null) {
            return PyStr.of("<super: <class '" + thisClass.getName() + "'>, NULL>");
        }
        return PyStr.of("<super: <class '" + thisClass.getName() + "'>, <" + objType.getName() + " object>>");
    }

    @PyGetter
    PyObject __thisclass__() {
        return thisClass;
    }

    @PyGetter
    PyObject __self__() {
        return obj == null ? PyNone.NONE : obj;
    }

    @PyGetter
    PyObject __self_class__() {
        return objType == null ? PyNone.NONE : objType;
    }
}
