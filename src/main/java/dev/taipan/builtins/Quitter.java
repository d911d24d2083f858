package dev.taipan.builtins;

import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/**
 * {@code exit} and {@code quit}: objects whose repr tells how to leave the REPL and whose call
 * raises {@code SystemExit}, as CPython's {@code site} module installs them.
 */
// CPython: Lib/_sitebuiltins.py, Quitter
@PyClass(name = "Quitter", module = "_sitebuiltins", baseType = false)
final class Quitter extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    static final PyType TYPE = PyType.fromClass(Quitter.class, LOOKUP);

    private final String name;

    Quitter(String name) {
        this.name = name;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("Use " + name + "() or Ctrl-D (i.e. EOF) to exit");
    }

    @PyMethod
    PyObject __call__(@Opt PyObject code) {
        PyObject exc = code == null ? ExceptionTypes.SystemExit.call() : ExceptionTypes.SystemExit.call(code);
        throw ((PyBaseException) exc).toJava();
    }
}
