package dev.taipan.interop;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.util.Collection;

/**
 * The special methods of the protocol types in {@link HostTypes}, one nested class per protocol;
 * each method takes the host object as {@code self}.
 */
final class HostProtocols {
    private HostProtocols() {
    }

    /** {@code Iterable}: {@code iter()} walks its iterator. */
    static final class Iterating {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject __iter__(HostObject self) {
            Iterable<?> it = (Iterable<?>) self.target;
            return new JavaIterator(HostObject.guard(it::iterator), self.boundary);
        }
    }

    /** Other {@code Collection}s: {@code len()} and {@code in}. */
    static final class Sized {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static int __len__(HostObject self) {
            Collection<?> c = (Collection<?>) self.target;
            return HostObject.guard(c::size);
        }

        @PyMethod
        static boolean __contains__(HostObject self, PyObject item) {
            Collection<?> c = (Collection<?>) self.target;
            Object x = JavaValues.toJava(item, self.boundary);
            return HostObject.guard(() -> c.contains(x));
        }
    }

    /** {@code Comparable}: {@code <}, {@code <=}, {@code >}, {@code >=} through {@code compareTo}. */
    static final class Comparing {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject __lt__(HostObject self, PyObject other) {
            return compare(self, other, 0);
        }

        @PyMethod
        static PyObject __le__(HostObject self, PyObject other) {
            return compare(self, other, 1);
        }

        @PyMethod
        static PyObject __gt__(HostObject self, PyObject other) {
            return compare(self, other, 2);
        }

        @PyMethod
        static PyObject __ge__(HostObject self, PyObject other) {
            return compare(self, other, 3);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static PyObject compare(HostObject self, PyObject other, int op) {
            Object o = other instanceof HostObject h ? h.target : JavaValues.toJava(other, self.boundary);
            if (o == null || o instanceof PyObject) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            Comparable c = (Comparable) self.target;
            int r;
            try {
                r = c.compareTo(o);
            } catch (ClassCastException e) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof dev.taipan.objects.PyException || e instanceof StackOverflowError) {
                    throw e;
                }
                throw HostException.of(e);
            }
            return PyBool.of(switch (op) {
                case 0 -> r < 0;
                case 1 -> r <= 0;
                case 2 -> r > 0;
                default -> r >= 0;
            });
        }
    }

    /** {@code AutoCloseable}: a context manager whose exit closes it. */
    static final class Closing {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject __enter__(HostObject self) {
            return self;
        }

        @PyMethod
        static boolean __exit__(HostObject self, @Args PyObject[] excInfo) {
            AutoCloseable c = (AutoCloseable) self.target;
            try {
                c.close();
            } catch (dev.taipan.objects.PyException | StackOverflowError | OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) {
                throw HostException.of(e);
            }
            return false;
        }
    }

    /** A functional interface: calling the object calls its single abstract method. */
    static final class Calling {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject __call__(HostObject self, @Args PyObject[] args, @Kwargs PyDict kw) {
            if (kw != null && kw.size() > 0) {
                throw Errors.typeError("a Java function takes no keyword arguments");
            }
            Class<?> c = self.target.getClass();
            String name = MemberTable.of(c).functionalMethod;
            if (HostMembers.hidden(self.boundary, c, name)) {
                throw Errors.typeError("'%s' object is not callable", self.getType().getName());
            }
            return Overloads.call(self.target, MemberTable.of(c).methods.get(name), args, null, self.boundary,
                    c.getName() + "." + name);
        }
    }
}
