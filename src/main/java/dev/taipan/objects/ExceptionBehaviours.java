package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The behaviour of builtin exception families with extra attributes or special {@code str},
 * one nested class per family; {@link ExceptionTypes} names them in its table.
 *
 * <p>CPython: Objects/exceptions.c
 */
final class ExceptionBehaviours {
    private ExceptionBehaviours() {
    }

    private static void noKeywords(PyBaseException self, PyDict kwargs) {
        if (kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", self.getType().getName());
        }
    }

    /** {@code StopIteration}: {@code value} is the first argument. */
    static final class StopIteration {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args, @Kwargs PyDict kw) {
            noKeywords(self, kw);
            self.setArgs(PyTuple.of(args));
            self.setField(0, args.length > 0 ? args[0] : PyNone.NONE);
        }
    }

    /** {@code SystemExit}: {@code code} is None, the argument, or the args tuple. */
    static final class SystemExit {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args, @Kwargs PyDict kw) {
            noKeywords(self, kw);
            self.setArgs(PyTuple.of(args));
            self.setField(0, args.length == 0 ? PyNone.NONE
                    : args.length == 1 ? args[0] : self.getArgs());
        }
    }

    /** {@code KeyError}: a single argument is shown by its repr. */
    static final class KeyError {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static PyObject __str__(PyBaseException self) {
            PyObject[] a = self.getArgs().items();
            if (a.length == 1) {
                return Abstract.repr(a[0]);
            }
            return a.length == 0 ? PyStr.EMPTY : Abstract.str(self.getArgs());
        }
    }

    /** {@code ImportError}: keyword-only {@code name}, {@code path}, {@code name_from}. */
    static final class ImportError {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args,
                @KwOnly("name") @Default("None") PyObject name,
                @KwOnly("path") @Default("None") PyObject path,
                @KwOnly("name_from") @Default("None") PyObject nameFrom) {
            self.setArgs(PyTuple.of(args));
            self.setField(0, args.length == 1 ? args[0] : PyNone.NONE);
            self.setField(1, name);
            self.setField(2, path);
            self.setField(3, nameFrom);
        }

        @PyMethod
        static PyObject __str__(PyBaseException self) {
            PyObject msg = self.field(0);
            if (msg instanceof PyStr) {
                return msg;
            }
            PyObject[] a = self.getArgs().items();
            return a.length == 0 ? PyStr.EMPTY
                    : a.length == 1 ? Abstract.str(a[0]) : Abstract.str(self.getArgs());
        }
    }

    /** {@code NameError}: keyword-only {@code name}. */
    static final class NameError {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args,
                @KwOnly("name") @Default("None") PyObject name) {
            self.setArgs(PyTuple.of(args));
            self.setField(0, name);
        }
    }

    /** {@code AttributeError}: keyword-only {@code name} and {@code obj}. */
    static final class AttributeError {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args,
                @KwOnly("name") @Default("None") PyObject name,
                @KwOnly("obj") @Default("None") PyObject obj) {
            self.setArgs(PyTuple.of(args));
            self.setField(0, name);
            self.setField(1, obj);
        }
    }

    /** {@code SyntaxError}: {@code (msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}. */
    static final class SyntaxError {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args, @Kwargs PyDict kw) {
            noKeywords(self, kw);
            self.setArgs(PyTuple.of(args));
            if (args.length >= 1) {
                self.setField(0, args[0]);
            }
            if (args.length == 2) {
                PyObject[] info = Abstract.toArray(args[1]);
                if (info.length < 4 || info.length > 6) {
                    throw Errors.indexError("tuple index out of range");
                }
                for (int i = 0; i < info.length; i++) {
                    self.setField(1 + i, info[i]);
                }
            }
        }

        // CPython: Objects/exceptions.c, SyntaxError_str
        @PyMethod
        static PyObject __str__(PyBaseException self) {
            PyObject msgObj = self.field(0);
            String msg = Abstract.str(msgObj).toString();
            PyObject fn = self.field(1);
            PyObject ln = self.field(2);
            String file = null;
            if (fn instanceof PyStr s) {
                file = s.toString();
                int slash = file.lastIndexOf('/');
                file = file.substring(slash + 1);
            }
            boolean haveLine = ln instanceof PyInt;
            if (file != null && haveLine) {
                return PyStr.of(msg + " (" + file + ", line " + ln + ")");
            } else if (file != null) {
                return PyStr.of(msg + " (" + file + ")");
            } else if (haveLine) {
                return PyStr.of(msg + " (line " + ln + ")");
            }
            return PyStr.of(msg);
        }
    }
}
