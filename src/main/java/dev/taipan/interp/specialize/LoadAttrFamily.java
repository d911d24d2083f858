package dev.taipan.interp.specialize;

import dev.taipan.code.Opcode;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Descriptors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyMethodDescr;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import dev.taipan.objects.UnboundMethod;

/**
 * {@code LOAD_ATTR}, {@code LOAD_METHOD} and {@code STORE_ATTR} on objects whose type uses the
 * generic attribute protocol of {@code object}. The guard is the receiver's exact Java class, its
 * type and that type's version tag, which changes whenever anything along the MRO is set or
 * deleted (a new {@code __getattribute__}, a data descriptor, a replaced method), so a fast path
 * never walks the MRO:
 * <ul>
 * <li>{@code LOAD_ATTR_INSTANCE_VALUE}: no data descriptor of that name on the type, so the
 * instance dict decides; a name missing there takes the generic path.
 * <li>{@code LOAD_METHOD_WITH_VALUES}: the type gives a method and the instance dict does not
 * shadow it; the method and the receiver are pushed without a bound method.
 * <li>{@code LOAD_METHOD_NO_DICT}: the same for receivers without an instance dict
 * ({@code list.append}, {@code str.join}).
 * <li>{@code LOAD_METHOD_INSTANCE_ATTR}: the instance dict holds the callable ({@code math.sqrt},
 * a callback stored on an object); it is pushed with NULL, as the generic lookup would.
 * <li>{@code STORE_ATTR_INSTANCE_VALUE}: generic {@code __setattr__}, no data descriptor, so the
 * value goes into the instance dict.
 * </ul>
 */
public final class LoadAttrFamily {
    private LoadAttrFamily() {
    }

    private static final PyObject OBJECT_GETATTRIBUTE = PyType.OBJECT_TYPE.getDict().get("__getattribute__");
    private static final PyObject OBJECT_SETATTR = PyType.OBJECT_TYPE.getDict().get("__setattr__");

    /** The cache of {@code LOAD_ATTR_INSTANCE_VALUE}. */
    record AttrEntry(Class<?> javaClass, PyType type, int version) {
    }

    /** The cache of the {@code LOAD_METHOD} forms: the method the type gives. */
    record MethodEntry(Class<?> javaClass, PyType type, int version, PyObject method) {
    }

    /** The cache of {@code STORE_ATTR_INSTANCE_VALUE}. */
    record StoreEntry(Class<?> javaClass, PyType type, int version) {
    }

    // ---- LOAD_ATTR ---------------------------------------------------------------------------

    /** The generic {@code LOAD_ATTR}: counts, specializes when warm, and gets the attribute. */
    public static PyObject loadAttr(Adaptive ad, int i, PyObject owner, PyStr name) {
        if (ad.warm(i)) {
            specializeLoadAttr(ad, i, owner, name.toString());
        }
        return Abstract.getAttr(owner, name.toString());
    }

    private static void specializeLoadAttr(Adaptive ad, int i, PyObject owner, String name) {
        PyType type = owner.getType();
        int version = type.getVersionTag();
        if (owner instanceof HasDict hd && !(owner instanceof PyType) && hd.getDict() != null
                && type.slot(Slot.GETATTRIBUTE) == OBJECT_GETATTRIBUTE) {
            PyObject descr = type.lookup(name);
            if (descr == null || !Descriptors.isData(descr)) {
                ad.rewrite(i, Opcode.LOAD_ATTR_INSTANCE_VALUE, new AttrEntry(owner.getClass(), type, version),
                        Family.LOAD_ATTR);
                return;
            }
        }
        ad.failed(i, Family.LOAD_ATTR);
    }

    /** {@code LOAD_ATTR_INSTANCE_VALUE}: the attribute, or the generic lookup after a miss. */
    public static PyObject loadInstanceValue(Adaptive ad, int i, PyObject owner, PyStr name) {
        if (ad.cache(i) instanceof AttrEntry e && owner.getClass() == e.javaClass && owner.getType() == e.type
                && e.type.getVersionTag() == e.version) {
            PyDict d = ((HasDict) owner).getDict();
            PyObject v = d == null ? null : d.get(name);
            if (v != null) {
                ad.hit(Family.LOAD_ATTR);
                return v;
            }
        }
        ad.miss(i, Family.LOAD_ATTR);
        return Abstract.getAttr(owner, name.toString());
    }

    // ---- LOAD_METHOD -------------------------------------------------------------------------

    /**
     * The generic {@code LOAD_METHOD}: counts, specializes when warm, and looks the method up.
     *
     * @return the new stack pointer
     */
    public static int loadMethod(Adaptive ad, int i, PyObject[] s, int sp, PyStr name) {
        PyObject owner = s[sp - 1];
        if (ad.warm(i)) {
            specializeLoadMethod(ad, i, owner, name.toString());
        }
        return loadMethodGeneric(s, sp, name);
    }

    private static int loadMethodGeneric(PyObject[] s, int sp, PyStr name) {
        PyObject owner = s[sp - 1];
        PyObject[] self = new PyObject[1];
        s[sp - 1] = Abstract.lookupMethod(owner, name.toString(), self);
        s[sp] = self[0];
        return sp + 1;
    }

    private static void specializeLoadMethod(Adaptive ad, int i, PyObject owner, String name) {
        PyType type = owner.getType();
        int version = type.getVersionTag();
        if (!(owner instanceof PyType) && type.slot(Slot.GETATTRIBUTE) == OBJECT_GETATTRIBUTE) {
            PyObject descr = type.lookup(name);
            if (descr instanceof UnboundMethod && !(descr instanceof PyMethodDescr md
                    && !md.getObjclass().getJavaClass().isInstance(owner))) {
                MethodEntry e = new MethodEntry(owner.getClass(), type, version, descr);
                if (!(owner instanceof HasDict)) {
                    ad.rewrite(i, Opcode.LOAD_METHOD_NO_DICT, e, Family.LOAD_METHOD);
                    return;
                }
                PyDict d = ((HasDict) owner).getDict();
                if (d == null || d.getStr(name) == null) {
                    ad.rewrite(i, Opcode.LOAD_METHOD_WITH_VALUES, e, Family.LOAD_METHOD);
                    return;
                }
            } else if ((descr == null || !Descriptors.isData(descr)) && owner instanceof HasDict hd
                    && hd.getDict() != null && hd.getDict().getStr(name) != null) {
                ad.rewrite(i, Opcode.LOAD_METHOD_INSTANCE_ATTR, new AttrEntry(owner.getClass(), type, version),
                        Family.LOAD_METHOD);
                return;
            }
        }
        ad.failed(i, Family.LOAD_METHOD);
    }

    /** {@code LOAD_METHOD_WITH_VALUES}; returns the new stack pointer. */
    public static int loadMethodWithValues(Adaptive ad, int i, PyObject[] s, int sp, PyStr name) {
        PyObject owner = s[sp - 1];
        if (ad.cache(i) instanceof MethodEntry e && owner.getClass() == e.javaClass && owner.getType() == e.type
                && e.type.getVersionTag() == e.version && owner instanceof HasDict hd) {
            PyDict d = hd.getDict();
            if (d == null || d.get(name) == null) {
                ad.hit(Family.LOAD_METHOD);
                s[sp - 1] = e.method;
                s[sp] = owner;
                return sp + 1;
            }
        }
        ad.miss(i, Family.LOAD_METHOD);
        return loadMethodGeneric(s, sp, name);
    }

    /** {@code LOAD_METHOD_NO_DICT}; returns the new stack pointer. */
    public static int loadMethodNoDict(Adaptive ad, int i, PyObject[] s, int sp, PyStr name) {
        PyObject owner = s[sp - 1];
        if (ad.cache(i) instanceof MethodEntry e && owner.getClass() == e.javaClass && owner.getType() == e.type
                && e.type.getVersionTag() == e.version && !(owner instanceof HasDict)) {
            ad.hit(Family.LOAD_METHOD);
            s[sp - 1] = e.method;
            s[sp] = owner;
            return sp + 1;
        }
        ad.miss(i, Family.LOAD_METHOD);
        return loadMethodGeneric(s, sp, name);
    }

    /** {@code LOAD_METHOD_INSTANCE_ATTR}: pushes the instance dict's value and NULL; returns the new stack pointer. */
    public static int loadMethodInstanceAttr(Adaptive ad, int i, PyObject[] s, int sp, PyStr name) {
        PyObject owner = s[sp - 1];
        if (ad.cache(i) instanceof AttrEntry e && owner.getClass() == e.javaClass && owner.getType() == e.type
                && e.type.getVersionTag() == e.version) {
            PyDict d = ((HasDict) owner).getDict();
            PyObject v = d == null ? null : d.get(name);
            if (v != null) {
                ad.hit(Family.LOAD_METHOD);
                s[sp - 1] = v;
                s[sp] = null;
                return sp + 1;
            }
        }
        ad.miss(i, Family.LOAD_METHOD);
        return loadMethodGeneric(s, sp, name);
    }

    // ---- STORE_ATTR --------------------------------------------------------------------------

    /** The generic {@code STORE_ATTR}: counts, specializes when warm, and sets the attribute. */
    public static void storeAttr(Adaptive ad, int i, PyObject owner, PyStr name, PyObject value) {
        if (ad.warm(i)) {
            specializeStoreAttr(ad, i, owner, name.toString());
        }
        Abstract.setAttr(owner, name.toString(), value);
    }

    private static void specializeStoreAttr(Adaptive ad, int i, PyObject owner, String name) {
        PyType type = owner.getType();
        int version = type.getVersionTag();
        if (owner instanceof HasDict hd && !(owner instanceof PyType) && hd.getDict() != null
                && type.slot(Slot.SETATTR) == OBJECT_SETATTR) {
            PyObject descr = type.lookup(name);
            if (descr == null || !Descriptors.isData(descr)) {
                ad.rewrite(i, Opcode.STORE_ATTR_INSTANCE_VALUE, new StoreEntry(owner.getClass(), type, version),
                        Family.STORE_ATTR);
                return;
            }
        }
        ad.failed(i, Family.STORE_ATTR);
    }

    /** {@code STORE_ATTR_INSTANCE_VALUE}. */
    public static void storeInstanceValue(Adaptive ad, int i, PyObject owner, PyStr name, PyObject value) {
        if (ad.cache(i) instanceof StoreEntry e && owner.getClass() == e.javaClass && owner.getType() == e.type
                && e.type.getVersionTag() == e.version) {
            PyDict d = ((HasDict) owner).getDict();
            if (d != null) {
                ad.hit(Family.STORE_ATTR);
                d.put(name, value);
                return;
            }
        }
        ad.miss(i, Family.STORE_ATTR);
        Abstract.setAttr(owner, name.toString(), value);
    }
}
