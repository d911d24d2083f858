package dev.taipan.objects;

import dev.taipan.objects.expose.Exposer;
import dev.taipan.objects.expose.PyClass;
import java.lang.invoke.MethodHandles;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Python type ({@code type} and every class): name, bases, MRO, type dict, flags, slot table
 * and version tag.
 *
 * <p>The <b>version tag</b> is a fresh number whenever this type's dict, or the dict of any type
 * on its MRO, changes (subclasses are tracked by weak references so a change reaches them).
 * {@link #lookup(String)} walks the MRO once per name and version and caches the answer; inline
 * caches in the interpreter key on {@link #getVersionTag()} the same way. The slot table holds,
 * per {@link Slot}, what the MRO gives for that special method, refreshed on every change.
 *
 * <p>Builtin types are made once per JVM from their Java class ({@link #fromClass}) and are
 * immutable; classes made by Python code are "heap types" (see {@link TypeFactory}).
 */
@PyClass(name = "type")
public class PyType extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Flag: a builtin type whose dict Python code may not change (CPython's IMMUTABLETYPE). */
    public static final int IMMUTABLE = 1;
    /** Flag: Python classes may derive from this type (Py_TPFLAGS_BASETYPE). */
    public static final int BASETYPE = 2;
    /** Flag: instances have a {@code __dict__}. */
    public static final int HAS_DICT = 4;
    /** Flag: made by Python code (class statement or {@code type(name, bases, dict)}). */
    public static final int HEAPTYPE = 8;

    // Identity source for version tags; shared by all engines because it carries no state beyond
    // "a number never handed out before".
    private static final AtomicInteger NEXT_VERSION = new AtomicInteger(1);
    private static final Object ABSENT = new Object();

    /** The type {@code object}, root of every MRO. */
    public static final PyType OBJECT_TYPE;
    /** The type {@code type}, metatype of every builtin type. */
    public static final PyType TYPE;

    static {
        OBJECT_TYPE = new PyType("object", PyObject.class, new PyType[0], BASETYPE | IMMUTABLE);
        TYPE = new PyType("type", PyType.class, new PyType[] {OBJECT_TYPE}, BASETYPE | IMMUTABLE);
        OBJECT_TYPE.metatype = TYPE;
        TYPE.metatype = TYPE;
        // Exposing may create descriptor types, which need both types above to exist already.
        Exposer.expose(OBJECT_TYPE, PyBaseObject.class, PyBaseObject.LOOKUP);
        Exposer.expose(TYPE, PyType.class, LOOKUP);
        Exposer.expose(TYPE, TypeMethods.class, TypeMethods.LOOKUP);
        // Types made while object's dict was still being filled (descriptor types, str, int,
        // ...) computed their slots too early: refill every type made so far.
        OBJECT_TYPE.readyTree();
    }

    private PyType metatype;
    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType base;
    private PyType[] mro;
    private final TypeDict dict = new TypeDict();
    /** The module of a builtin type (kept out of its dict, as CPython's static types do). */
    private String builtinModule = "builtins";
    private int flags;
    private final Class<?> javaClass;
    private volatile int versionTag;
    private volatile ConcurrentHashMap<String, Object> lookupCache = new ConcurrentHashMap<>();
    private final PyObject[] slots = new PyObject[Slot.values().length];
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /** Names of {@code __slots__} of a heap type (own, not inherited), or {@code null}. */
    String[] slotNames;
    /** Total number of slot values an instance of this heap type carries. */
    int slotCount;

    /**
     * Creates a type without exposing anything; used for bootstrap and by the factories.
     *
     * @param name      the name
     * @param javaClass the Java class of instances
     * @param bases     the direct bases
     * @param flags     the flags
     */
    PyType(String name, Class<?> javaClass, PyType[] bases, int flags) {
        this.metatype = TYPE;
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.bases = bases;
        this.flags = flags;
        this.base = bases.length == 0 ? null : bestBase(bases);
        this.mro = Mro.compute(this, bases);
        this.versionTag = NEXT_VERSION.getAndIncrement();
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    /**
     * Creates a heap type object (the caller fills its dict and then calls {@link #ready()}).
     *
     * @param metatype  the metatype
     * @param name      the name
     * @param javaClass the Java class of instances
     * @param bases     the bases
     * @param flags     the flags
     */
    PyType(PyType metatype, String name, Class<?> javaClass, PyType[] bases, int flags) {
        this(name, javaClass, bases, flags);
        this.metatype = metatype;
    }

    /**
     * Creates the builtin type implemented by a Java class annotated with {@link PyClass}, and
     * exposes its annotated members.
     *
     * @param cls    the Java class (instances of it and its subclasses are instances)
     * @param lookup a lookup with access to the class's members
     * @param bases  the bases; {@code object} when empty
     * @return the new type
     */
    public static PyType fromClass(Class<?> cls, MethodHandles.Lookup lookup, PyType... bases) {
        PyClass spec = cls.getAnnotation(PyClass.class);
        if (spec == null) {
            throw new IllegalStateException(cls + " lacks @PyClass");
        }
        PyType[] b = bases.length == 0 ? new PyType[] {OBJECT_TYPE} : bases;
        int flags = IMMUTABLE | (spec.baseType() ? BASETYPE : 0);
        PyType t = new PyType(spec.name(), cls, b, flags);
        t.builtinModule = spec.module();
        if (!spec.doc().isEmpty()) {
            t.dict.put("__doc__", PyStr.of(spec.doc()));
        }
        if (spec.unhashable()) {
            t.dict.put("__hash__", PyNone.NONE);
        }
        Exposer.expose(t, cls, lookup);
        for (Class<?> extra : spec.methods()) {
            Exposer.expose(t, extra, Exposer.lookupOf(extra));
        }
        t.fillSlots();
        return t;
    }

    /**
     * Creates a builtin type sharing a Java class with its base (the exception hierarchy).
     *
     * @param name      the Python name
     * @param javaClass the Java class of instances
     * @param bases     the bases
     * @param expose    a class whose annotated members to expose, or {@code null}
     * @param lookup    its lookup, or {@code null}
     * @return the new type
     */
    public static PyType builtin(String name, Class<?> javaClass, PyType[] bases, Class<?> expose,
            MethodHandles.Lookup lookup) {
        PyType t = new PyType(name, javaClass, bases, IMMUTABLE | BASETYPE | HAS_DICT);
        if (expose != null) {
            Exposer.expose(t, expose, lookup);
        }
        t.fillSlots();
        return t;
    }

    @Override
    public PyType getType() {
        return metatype;
    }

    /** Returns the type's {@code __name__}. */
    public String getName() {
        return name;
    }

    /** Returns the type's {@code __qualname__}. */
    public String getQualname() {
        return qualname;
    }

    void setNames(String name, String qualname) {
        this.name = name;
        this.qualname = qualname;
    }

    /**
     * Returns the value of {@code __module__} as a Java string, or {@code null}. A static type
     * whose dict holds a str {@code __module__} (a type made for a module, such as
     * {@code io.UnsupportedOperation}) shows that, as CPython's dotted {@code tp_name} would;
     * any other static type shows the module of its declaration, {@code builtins} by default.
     */
    public String getModule() {
        PyObject m = dict.get("__module__");
        if (m instanceof PyStr s) {
            return s.toString();
        }
        return hasFlag(HEAPTYPE) ? null : builtinModule;
    }

    /** Returns the name CPython shows in reprs: {@code module.qualname}, bare for builtins. */
    public String getFullName() {
        String m = getModule();
        return m == null || m.equals("builtins") ? qualname : m + "." + qualname;
    }

    /** Returns the direct bases (do not modify). */
    public PyType[] getBasesArray() {
        return bases;
    }

    /** Returns the solid base ({@code __base__}), or {@code null} for {@code object}. */
    public PyType getBase() {
        return base;
    }

    /** Returns the MRO (do not modify). */
    public PyType[] getMroArray() {
        return mro;
    }

    /** Returns the type dict. Writers must use {@link #setAttribute}, which keeps tags right. */
    public TypeDict getDict() {
        return dict;
    }

    /** Returns the flags ({@link #IMMUTABLE}, ...). */
    public int getFlags() {
        return flags;
    }

    void addFlags(int f) {
        flags |= f;
    }

    /**
     * Returns whether a flag is set.
     *
     * @param flag the flag
     * @return whether set
     */
    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    /** Returns the Java class whose instances (or subclass instances) are this type's. */
    public Class<?> getJavaClass() {
        return javaClass;
    }

    /** Returns the version tag, which changes whenever a lookup through this type could. */
    public int getVersionTag() {
        return versionTag;
    }

    /**
     * Returns the entry of a slot: what the MRO gives for its dunder, or {@code null}.
     *
     * @param slot the slot
     * @return the entry or {@code null}
     */
    public PyObject slot(Slot slot) {
        return slots[slot.ordinal()];
    }

    /**
     * Returns whether this type is {@code other} or a subtype of it (by MRO).
     *
     * @param other the candidate supertype
     * @return whether subtype
     */
    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT_TYPE) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds a name along the MRO without invoking descriptors (CPython's _PyType_Lookup).
     *
     * @param name the attribute name
     * @return the value or {@code null}
     */
    public PyObject lookup(String name) {
        ConcurrentHashMap<String, Object> cache = lookupCache;
        Object v = cache.get(name);
        if (v == null) {
            PyObject found = lookupUncached(name);
            v = found == null ? ABSENT : found;
            cache.put(name, v);
        }
        return v == ABSENT ? null : (PyObject) v;
    }

    /**
     * Finds a name along the MRO, skipping the cache.
     *
     * @param name the attribute name
     * @return the value or {@code null}
     */
    PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Finds the type on the MRO after {@code start} that defines a name (for {@code super()}).
     *
     * @param start the type to start after
     * @param name  the name
     * @return the value or {@code null}
     */
    public PyObject lookupAfter(PyType start, String name) {
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Sets or deletes an entry of the type dict as {@code setattr(type, name, value)} does after
     * descriptors, keeping version tags and slots right.
     *
     * @param name  the name
     * @param value the value, or {@code null} to delete
     */
    public void setAttribute(String name, PyObject value) {
        if (hasFlag(IMMUTABLE)) {
            throw Errors.typeError(ErrorMessages.IMMUTABLE_TYPE_ATTR,
                    value == null ? "delete" : "set", name, this.name);
        }
        if (value == null) {
            if (!dict.remove(name)) {
                throw Errors.attributeError(this, name,
                        "type object '" + this.name + "' has no attribute '" + name + "'");
            }
        } else {
            dict.put(name, value);
        }
        modified(Slot.forName(name));
    }

    /**
     * Records that this type's dict changed: new version tags here and in all subclasses, and
     * refills the affected slot everywhere below.
     *
     * @param slot the slot whose name changed, or {@code null}
     */
    synchronized void modified(Slot slot) {
        // The cache goes before the tag: a reader that sees the new tag then finds the new
        // cache, so it never files an old answer under the new tag. Holding this type's lock
        // (and each subclass's in turn, always base before subclass) serializes slot refills,
        // so the last refill runs after the last dict change and an older answer cannot
        // overwrite a newer one.
        lookupCache = new ConcurrentHashMap<>();
        versionTag = NEXT_VERSION.getAndIncrement();
        if (slot != null) {
            slots[slot.ordinal()] = lookup(slot.dunder());
        }
        for (PyType sub : liveSubclasses()) {
            sub.modified(slot);
        }
    }

    /** Fills every slot from the MRO; called once the type dict is complete. */
    void fillSlots() {
        for (Slot s : Slot.values()) {
            slots[s.ordinal()] = lookup(s.dunder());
        }
    }

    /** Completes a heap type after its dict is filled: fresh tag and slots. */
    void ready() {
        modified(null);
        fillSlots();
    }

    /** Readies this type and, recursively, every subclass (used once, after bootstrap). */
    private void readyTree() {
        ready();
        for (PyType sub : liveSubclasses()) {
            sub.readyTree();
        }
    }

    private synchronized void addSubclass(PyType sub) {
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new WeakReference<>(sub));
    }

    /** Returns the subclasses still alive, in creation order ({@code __subclasses__()}). */
    public synchronized List<PyType> liveSubclasses() {
        List<PyType> out = new ArrayList<>();
        for (WeakReference<PyType> r : subclasses) {
            PyType t = r.get();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    // CPython: Objects/typeobject.c, best_base: the base whose instance layout (here: Java class)
    // extends all the others'.
    static PyType bestBase(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            if (!b.hasFlag(BASETYPE)) {
                throw Errors.typeError("type '%s' is not an acceptable base type", b.name);
            }
            if (winner == null) {
                winner = b;
            } else if (b.solidClass().isAssignableFrom(winner.solidClass())) {
                continue;
            } else if (winner.solidClass().isAssignableFrom(b.solidClass())) {
                winner = b;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /** The Java class instances must be, ignoring dict and weakref additions. */
    Class<?> solidClass() {
        PyType t = this;
        while (t.hasFlag(HEAPTYPE) && t.slotNames == null) {
            t = t.base;
        }
        return t.javaClass;
    }

    /** Returns the nearest type on the MRO that is not a heap type (CPython's "static base"). */
    public PyType staticBase() {
        PyType t = this;
        while (t.hasFlag(HEAPTYPE)) {
            t = t.base;
        }
        return t;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return TypeMethods.callType(this, args, kwnames);
    }

    @Override
    public PyObject call() {
        return TypeMethods.callType(this, EMPTY_ARRAY, null);
    }

    @Override
    public PyObject call(PyObject a) {
        if (this == TYPE) {
            return a.getType();
        }
        return TypeMethods.callType(this, new PyObject[] {a}, null);
    }
}
