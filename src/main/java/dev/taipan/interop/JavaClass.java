package dev.taipan.interop;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * A Java class looked up from Python ({@code from java.util import ArrayList}): calling it calls
 * the public constructor that fits the arguments; its attributes are the public static methods
 * and fields (and public nested classes the host allows); {@code isinstance(x, ArrayList)} tests
 * the Java object. Only when the host allows all access does it also answer the members of the
 * {@code Class} object itself ({@code getName()}, {@code getMethods()}, ...).
 */
@PyClass(name = "JavaClass", module = "java", baseType = false)
public final class JavaClass extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code JavaClass}. */
    public static final PyType TYPE = PyType.fromClass(JavaClass.class, LOOKUP);

    private final Class<?> cls;
    private final Boundary boundary;

    JavaClass(Class<?> cls, Boundary boundary) {
        this.cls = cls;
        this.boundary = boundary;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The Java class. */
    Class<?> javaClass() {
        return cls;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        MemberTable t = MemberTable.of(cls);
        if (t.constructors.length == 0) {
            throw Errors.typeError("cannot create '%s' instances: it has no public constructor", cls.getName());
        }
        return Overloads.call(null, t.constructors, args, kwnames, boundary, cls.getName());
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kw) {
        if (kw != null && kw.size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", cls.getName());
        }
        return call(args, null);
    }

    @PyMethod
    PyObject __getattr__(PyObject nameObj) {
        String name = Abstract.attrName(nameObj);
        if (boundary.allowsReflection() || !Barrier.isGuardedMember(name)) {
            MemberTable t = MemberTable.of(cls);
            Invoker[] ms = t.statics.get(name);
            if (ms != null) {
                return new JavaMethod(null, ms, boundary, cls.getName() + "." + name);
            }
            MemberTable.FieldAccess f = t.staticFields.get(name);
            if (f != null) {
                return HostMembers.read(f, null, boundary);
            }
            for (Class<?> nested : cls.getClasses()) {
                if (nested.getSimpleName().equals(name) && boundary.allowsClass(nested.getName())
                        && MemberTable.accessible(nested)) {
                    return new JavaClass(nested, boundary);
                }
            }
            if (boundary.allowsReflection()) {
                PyObject v = HostMembers.get(new HostObject(cls, boundary), name);
                if (v != null) {
                    return v;
                }
            }
        }
        throw Errors.attributeError(this, name,
                String.format("Java class '%s' has no public static member '%s'", cls.getName(), name));
    }

    @PyMethod
    void __setattr__(PyObject nameObj, PyObject value) {
        String name = Abstract.attrName(nameObj);
        MemberTable.FieldAccess f = MemberTable.of(cls).staticFields.get(name);
        if (f == null || !boundary.allowsReflection() && Barrier.isGuardedMember(name)) {
            throw Errors.attributeError(this, name,
                    String.format("Java class '%s' has no public static field '%s'", cls.getName(), name));
        }
        HostMembers.write(f, null, name, value, boundary, this);
    }

    @PyMethod
    boolean __instancecheck__(PyObject instance) {
        Object o = JavaValues.toJava(instance, boundary);
        return o != null && cls.isInstance(o);
    }

    @PyMethod
    PyObject __dir__() {
        PyList out = new PyList();
        for (String n : MemberTable.of(cls).names(true)) {
            if (boundary.allowsReflection() || !Barrier.isGuardedMember(n)) {
                out.append(PyStr.of(n));
            }
        }
        return out;
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<java class '" + cls.getName() + "'>");
    }

    @PyMethod
    PyObject __eq__(PyObject other) {
        return dev.taipan.objects.PyBool.of(other instanceof JavaClass c && c.cls == cls);
    }

    @PyMethod
    long __hash__() {
        return cls.hashCode();
    }
}
