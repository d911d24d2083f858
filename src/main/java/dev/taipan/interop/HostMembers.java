package dev.taipan.interop;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyObject;

/**
 * Attribute access on host objects and classes: a public method by name (a {@link JavaMethod}
 * holding its overloads), else a public field, else a bean property; assignment writes a public
 * non-final field or calls a setter. The reflection barrier applies first.
 */
final class HostMembers {
    private HostMembers() {
    }

    /** Whether the barrier hides a member of an object of a class. */
    static boolean hidden(Boundary b, Class<?> c, String name) {
        return !b.allowsReflection() && (Barrier.isGuarded(c) || Barrier.isGuardedMember(name));
    }

    /** An attribute of a host object, or null when it has none of that name. */
    static PyObject get(HostObject self, String name) {
        Object target = self.target;
        Class<?> c = target.getClass();
        if (hidden(self.boundary, c, name)) {
            return null;
        }
        MemberTable t = MemberTable.of(c);
        Invoker[] ms = t.methods.get(name);
        if (ms != null) {
            return new JavaMethod(target, ms, self.boundary, c.getName() + "." + name);
        }
        MemberTable.FieldAccess f = t.fields.get(name);
        if (f != null) {
            return read(f, target, self.boundary);
        }
        Invoker getter = t.getters.get(name);
        if (getter != null) {
            return Overloads.call(target, new Invoker[] {getter}, PyObject.EMPTY_ARRAY, null, self.boundary,
                    c.getName() + "." + getter.name);
        }
        return null;
    }

    /** Assigns an attribute of a host object. */
    static void set(HostObject self, String name, PyObject value) {
        Object target = self.target;
        Class<?> c = target.getClass();
        MemberTable t = MemberTable.of(c);
        if (!hidden(self.boundary, c, name)) {
            MemberTable.FieldAccess f = t.fields.get(name);
            if (f != null) {
                write(f, target, name, value, self.boundary, self);
                return;
            }
            Invoker[] setters = t.setters.get(name);
            if (setters != null) {
                Overloads.call(target, setters, new PyObject[] {value}, null, self.boundary,
                        c.getName() + "." + setters[0].name);
                return;
            }
            if (t.getters.containsKey(name) || t.methods.containsKey(name)) {
                throw Errors.attributeError(self, name,
                        String.format("attribute '%s' of '%s' objects is not writable", name, c.getName()));
            }
        }
        throw Errors.attributeError(self, name,
                String.format("'%s' object has no attribute '%s'", self.getType().getName(), name));
    }

    /** Reads a field; {@code target} is ignored for a static one. */
    static PyObject read(MemberTable.FieldAccess f, Object target, Boundary b) {
        Object v;
        try {
            v = f.isStatic() ? f.getter().invoke() : f.getter().invoke(target);
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            throw HostException.of(e);
        }
        return JavaValues.toPython(v, b);
    }

    /** Writes a field; {@code target} is ignored for a static one. */
    static void write(MemberTable.FieldAccess f, Object target, String name, PyObject value, Boundary b,
            PyObject owner) {
        if (f.setter() == null) {
            throw Errors.attributeError(owner, name, String.format("field '%s' is final", name));
        }
        if (JavaArgs.score(value, f.type()) >= JavaArgs.NO) {
            throw Errors.typeError("field '%s' is a %s, not '%s'", name, f.type().getTypeName(),
                    value.getType().getName());
        }
        Object v = JavaArgs.convert(value, f.type(), b);
        try {
            if (f.isStatic()) {
                f.setter().invoke(v);
            } else {
                f.setter().invoke(target, v);
            }
        } catch (PyException | StackOverflowError | OutOfMemoryError e) {
            throw e;
        } catch (Throwable e) {
            throw HostException.of(e);
        }
    }
}
