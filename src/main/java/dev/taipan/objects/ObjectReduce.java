package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;
import java.lang.invoke.MethodHandles;

/**
 * The default pickling protocol of {@code object} ({@code __reduce_ex__} / {@code __reduce__})
 * in the protocol-2 form {@code (__newobj__, (cls, *args), state, listitems, dictitems)} that
 * {@code copy} and {@code pickle} understand.
 *
 * <p>{@code __newobj__} is the object model's own function of that name (pickle recognises it
 * by name). Protocols 0 and 1 also get the protocol-2 form here, where CPython goes through
 * {@code copyreg._reconstructor}.
 *
 * <p>CPython: Objects/typeobject.c, reduce_newobj and object___reduce_ex___impl
 */
final class ObjectReduce {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final PyObject NEWOBJ = makeNewobj();

    private ObjectReduce() {
    }

    private static PyObject makeNewobj() {
        PyObject[] holder = new PyObject[1];
        ModuleExposer.expose(null, ObjectReduce.class, LOOKUP, (name, f) -> holder[0] = f);
        return holder[0];
    }

    /**
     * {@code copyreg.__newobj__(cls, *args)}: {@code cls.__new__(cls, *args)}.
     *
     * @param cls  the class
     * @param args the arguments for {@code __new__}
     * @return the new object
     */
    @PyFunction("__newobj__")
    static PyObject newobj(PyObject cls, @Args PyObject[] args) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = cls;
        System.arraycopy(args, 0, all, 1, args.length);
        return Abstract.getAttr(cls, "__new__").call(all, null);
    }

    /**
     * Implements {@code object.__reduce_ex__(protocol)}.
     *
     * @param self     the object
     * @param protocol the pickle protocol
     * @return the reduce tuple
     */
    static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = self.getType().lookup("__reduce__");
        if (reduce != null && reduce != PyType.OBJECT_TYPE.getDict().get("__reduce__")) {
            return Abstract.callMethod(self, "__reduce__");
        }
        return reduceNewobj(self);
    }

    // CPython: Objects/typeobject.c, reduce_newobj (without __getnewargs_ex__ keywords)
    static PyObject reduceNewobj(PyObject self) {
        PyType cls = self.getType();
        if (cls.lookup("__new__") == null) {
            throw Errors.typeError("cannot pickle '%.200s' object", cls.getName());
        }
        PyObject[] args = PyObject.EMPTY_ARRAY;
        PyObject getnewargs = Abstract.lookupAttr(self, "__getnewargs__");
        if (getnewargs != null) {
            PyObject a = getnewargs.call();
            if (!(a instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs__ should return a tuple, not '%.200s'",
                        a.getType().getName());
            }
            args = t.items();
        }
        PyObject[] newArgs = new PyObject[args.length + 1];
        newArgs[0] = cls;
        System.arraycopy(args, 0, newArgs, 1, args.length);
        PyObject state = Abstract.callMethod(self, "__getstate__");
        PyObject listitems = self instanceof PyList ? Abstract.iter(self) : PyNone.NONE;
        PyObject dictitems = self instanceof PyDict
                ? Abstract.iter(Abstract.callMethod(self, "items")) : PyNone.NONE;
        return PyTuple.of(NEWOBJ, PyTuple.wrap(newArgs), state, listitems, dictitems);
    }
}
