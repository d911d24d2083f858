package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.StringJoiner;

/**
 * The callable types of {@code operator}: {@link ItemGetter}, {@link AttrGetter} and
 * {@link MethodCaller}. Instances are immutable; the types are not subclassable, as in CPython.
 */
// CPython: Modules/_operator.c, itemgetter, attrgetter, methodcaller
final class OperatorCallables {
    private OperatorCallables() {
    }

    private static void noKeywords(String name, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", name);
        }
    }

    private static PyObject oneArgument(String name, PyObject[] args, PyDict kwargs) {
        noKeywords(name, kwargs);
        if (args.length != 1) {
            throw Errors.typeError("%s expected 1 argument, got %d", name, args.length);
        }
        return args[0];
    }

    private static String reprArgs(PyObject[] items) {
        StringJoiner j = new StringJoiner(", ");
        for (PyObject item : items) {
            j.add(Abstract.repr(item).toString());
        }
        return j.toString();
    }

    /** {@code itemgetter(item, ...)}: returns {@code obj[item]}, or a tuple for several items. */
    @PyClass(name = "itemgetter", module = "operator", baseType = false,
            doc = "Return a callable object that fetches the given item(s) from its operand.\n"
                    + "After f = itemgetter(2), the call f(r) returns r[2].\n"
                    + "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])")
    static final class ItemGetter extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code operator.itemgetter}. */
        static final PyType TYPE = PyType.fromClass(ItemGetter.class, LOOKUP);

        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyNew
        static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
            noKeywords("itemgetter", kwargs);
            if (args.length == 0) {
                throw Errors.typeError("itemgetter expected 1 argument, got 0");
            }
            return new ItemGetter(args.clone());
        }

        @PyMethod
        PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
            PyObject obj = oneArgument("itemgetter", args, kwargs);
            if (items.length == 1) {
                return Abstract.getItem(obj, items[0]);
            }
            PyObject[] result = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) {
                result[i] = Abstract.getItem(obj, items[i]);
            }
            return PyTuple.wrap(result);
        }

        @PyMethod
        PyObject __repr__() {
            return PyStr.of("operator.itemgetter(" + reprArgs(items) + ")");
        }

        @PyMethod
        PyObject __reduce__() {
            return PyTuple.of(TYPE, PyTuple.of(items));
        }
    }

    /** {@code attrgetter(name, ...)}: returns {@code obj.name} (dotted names walk), or a tuple. */
    @PyClass(name = "attrgetter", module = "operator", baseType = false,
            doc = "Return a callable object that fetches the given attribute(s) from its operand.\n"
                    + "After f = attrgetter('name'), the call f(r) returns r.name.\n"
                    + "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
                    + "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
                    + "(r.name.first, r.name.last).")
    static final class AttrGetter extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code operator.attrgetter}. */
        static final PyType TYPE = PyType.fromClass(AttrGetter.class, LOOKUP);

        private final PyObject[] names;
        /** Each name split at its dots. */
        private final String[][] paths;

        AttrGetter(PyObject[] names) {
            this.names = names;
            this.paths = new String[names.length][];
            for (int i = 0; i < names.length; i++) {
                paths[i] = names[i].toString().split("\\.", -1);
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyNew
        static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
            noKeywords("attrgetter", kwargs);
            if (args.length == 0) {
                throw Errors.typeError("attrgetter expected 1 argument, got 0");
            }
            for (PyObject a : args) {
                if (!(a instanceof PyStr)) {
                    throw Errors.typeError("attribute name must be a string");
                }
            }
            return new AttrGetter(args.clone());
        }

        private static PyObject walk(PyObject obj, String[] path) {
            for (String part : path) {
                obj = Abstract.getAttr(obj, part);
            }
            return obj;
        }

        @PyMethod
        PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
            PyObject obj = oneArgument("attrgetter", args, kwargs);
            if (paths.length == 1) {
                return walk(obj, paths[0]);
            }
            PyObject[] result = new PyObject[paths.length];
            for (int i = 0; i < paths.length; i++) {
                result[i] = walk(obj, paths[i]);
            }
            return PyTuple.wrap(result);
        }

        @PyMethod
        PyObject __repr__() {
            return PyStr.of("operator.attrgetter(" + reprArgs(names) + ")");
        }

        @PyMethod
        PyObject __reduce__() {
            return PyTuple.of(TYPE, PyTuple.of(names));
        }
    }

    /** {@code methodcaller(name, /, *args, **kwargs)}: calls {@code obj.name(*args, **kwargs)}. */
    @PyClass(name = "methodcaller", module = "operator", baseType = false,
            doc = "Return a callable object that calls the given method on its operand.\n"
                    + "After f = methodcaller('name'), the call f(r) returns r.name().\n"
                    + "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
                    + "r.name('date', foo=1).")
    static final class MethodCaller extends PyObject {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
        /** The type {@code operator.methodcaller}. */
        static final PyType TYPE = PyType.fromClass(MethodCaller.class, LOOKUP);

        private final PyStr name;
        private final PyObject[] args;
        private final PyDict kwargs;

        MethodCaller(PyStr name, PyObject[] args, PyDict kwargs) {
            this.name = name;
            this.args = args;
            this.kwargs = kwargs;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @PyNew
        static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
            if (args.length == 0) {
                throw Errors.typeError("methodcaller needs at least one argument, the method name");
            }
            if (!(args[0] instanceof PyStr n)) {
                throw Errors.typeError("method name must be a string");
            }
            PyObject[] rest = new PyObject[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return new MethodCaller(n, rest, kwargs == null ? new PyDict() : kwargs.copy());
        }

        @PyMethod
        PyObject __call__(@Args PyObject[] callArgs, @Kwargs PyDict callKwargs) {
            PyObject obj = oneArgument("methodcaller", callArgs, callKwargs);
            PyObject method = Abstract.getAttr(obj, name.toString());
            return Abstract.callWithDict(method, args, kwargs);
        }

        @PyMethod
        PyObject __repr__() {
            StringJoiner j = new StringJoiner(", ", "operator.methodcaller(", ")");
            j.add(Abstract.repr(name).toString());
            for (PyObject a : args) {
                j.add(Abstract.repr(a).toString());
            }
            for (PyObject k : kwargs.keysArray()) {
                j.add(k + "=" + Abstract.repr(kwargs.getItem(k)));
            }
            return PyStr.of(j.toString());
        }
    }
}
