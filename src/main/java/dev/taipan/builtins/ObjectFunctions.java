package dev.taipan.builtins;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The builtin functions about objects in general: attributes, type checks, identity-free
 * conversions to text ({@code repr}, {@code ascii}, {@code format}, {@code chr}, {@code ord}) and
 * the iteration protocol ({@code iter}, {@code next}, {@code aiter}, {@code anext}).
 */
// CPython: Python/bltinmodule.c
final class ObjectFunctions {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private ObjectFunctions() {
    }

    @PyFunction(doc = "Return whether the object is callable (i.e., some kind of function).")
    static boolean callable(PyObject obj) {
        return Abstract.isCallable(obj);
    }

    // CPython: builtin_getattr: the default answers AttributeError only.
    @PyFunction(doc = "Get a named attribute from an object; getattr(x, 'y') is equivalent to x.y.")
    static PyObject getattr(PyObject object, PyObject name, @Opt PyObject dflt) {
        String n = Abstract.attrName(name);
        if (dflt == null) {
            return Abstract.getAttr(object, n);
        }
        PyObject v = Abstract.lookupAttr(object, n);
        return v == null ? dflt : v;
    }

    @PyFunction(doc = "Return whether the object has an attribute with the given name.")
    static boolean hasattr(PyObject obj, PyObject name) {
        return Abstract.lookupAttr(obj, Abstract.attrName(name)) != null;
    }

    @PyFunction(doc = "Sets the named attribute on the given object to the specified value.")
    static void setattr(PyObject obj, PyObject name, PyObject value) {
        Abstract.setAttr(obj, name, value);
    }

    @PyFunction(doc = "Deletes the named attribute from the given object.")
    static void delattr(PyObject obj, PyObject name) {
        Abstract.setAttr(obj, name, null);
    }

    @PyFunction(doc = "Return whether an object is an instance of a class or of a subclass thereof.")
    static boolean isinstance(PyObject obj, PyObject classInfo) {
        return Abstract.isInstance(obj, classInfo);
    }

    @PyFunction(doc = "Return whether 'cls' is derived from another class or is the same class.")
    static boolean issubclass(PyObject cls, PyObject classInfo) {
        return Abstract.isSubclass(cls, classInfo);
    }

    @PyFunction(doc = "Return the hash value for the given object.")
    static PyObject hash(PyObject obj) {
        return PyInt.of(Abstract.hash(obj));
    }

    @PyFunction(doc = "Return the number of items in a container.")
    static PyObject len(PyObject obj) {
        return PyInt.of(Abstract.len(obj));
    }

    @PyFunction(doc = "Return the canonical string representation of the object.")
    static PyObject repr(PyObject obj) {
        return Abstract.repr(obj);
    }

    // CPython: Objects/unicodeobject.c, PyObject_ASCII: the repr with non-ASCII escaped.
    @PyFunction(doc = "Return an ASCII-only representation of an object.")
    static PyObject ascii(PyObject obj) {
        return Abstract.ascii(obj);
    }

    @PyFunction(doc = "Return type(value).__format__(value, format_spec)")
    static PyObject format(PyObject value, @Default("''") String formatSpec) {
        return Abstract.format(value, PyStr.of(formatSpec));
    }

    // CPython: builtin_chr: any int outside the code point range is a ValueError, even a huge one.
    @PyFunction(doc = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.")
    static PyObject chr(PyObject i) {
        PyInt v = Abstract.index(i);
        if (!v.fitsLong() || v.longValue() < 0 || v.longValue() > 0x10ffff) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) v.longValue());
    }

    @PyFunction(doc = "Return the Unicode code point for a one-character string.")
    static PyObject ord(PyObject c) {
        int size;
        if (c instanceof PyStr s) {
            size = s.length();
            if (size == 1) {
                return PyInt.of(s.codePointAt(0));
            }
        } else if (c instanceof PyBytes b) {
            size = b.length();
            if (size == 1) {
                return PyInt.of(b.byteAt(0) & 0xff);
            }
        } else if (c instanceof PyByteArray ba) {
            byte[] v = ba.toByteArray();
            size = v.length;
            if (size == 1) {
                return PyInt.of(v[0] & 0xff);
            }
        } else {
            throw Errors.typeError("ord() expected string of length 1, but %.200s found", c.getType().getName());
        }
        throw Errors.typeError("ord() expected a character, but string of length %d found", size);
    }

    @PyFunction(doc = "Get an iterator from an object; with a sentinel, call the object until it returns the sentinel.")
    static PyObject iter(PyObject object, @Opt PyObject sentinel) {
        if (sentinel == null) {
            return Abstract.iter(object);
        }
        if (!Abstract.isCallable(object)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new PyCallIterator(object, sentinel);
    }

    // CPython: builtin_next: calls __next__ itself so a StopIteration's value (a generator's
    // return value) reaches the caller unchanged.
    @PyFunction(doc = "Return the next item from the iterator; with a default, return it when the iterator is exhausted.")
    static PyObject next(PyObject iterator, @Opt PyObject dflt) {
        PyObject f = iterator.getType().slot(Slot.NEXT);
        if (f == null) {
            throw Errors.typeError("'%.200s' object is not an iterator", iterator.getType().getName());
        }
        try {
            return Slots.call0(f, iterator);
        } catch (PyException e) {
            if (dflt != null && e.matches(ExceptionTypes.StopIteration)) {
                return dflt;
            }
            throw e;
        }
    }

    @PyFunction(doc = "Return an AsyncIterator for an AsyncIterable object.")
    static PyObject aiter(PyObject asyncIterable) {
        PyObject f = asyncIterable.getType().slot(Slot.AITER);
        if (f == null) {
            throw Errors.typeError("'%.200s' object is not an async iterable", asyncIterable.getType().getName());
        }
        PyObject it = Slots.call0(f, asyncIterable);
        if (it.getType().slot(Slot.ANEXT) == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '%.100s'", it.getType().getName());
        }
        return it;
    }

    @PyFunction(doc = "Return the next item from the async iterator; with a default, return it when exhausted.")
    static PyObject anext(PyObject aiterator, @Opt PyObject dflt) {
        PyObject f = aiterator.getType().slot(Slot.ANEXT);
        if (f == null) {
            throw Errors.typeError("'%.200s' object is not an async iterator", aiterator.getType().getName());
        }
        PyObject awaitable = Slots.call0(f, aiterator);
        return dflt == null ? awaitable : new PyAnextAwaitable(awaitable, dflt);
    }

}
