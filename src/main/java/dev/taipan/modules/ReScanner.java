package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * What {@code Pattern.scanner} returns: each {@code match()} or {@code search()} goes on where
 * the previous match ended, and once one fails all later ones fail.
 */
// CPython: Modules/_sre/sre.c, scanner_match and scanner_search
@PyClass(name = "SRE_Scanner", module = "_sre", baseType = false)
final class ReScanner extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _sre.SRE_Scanner}. */
    static final PyType TYPE = PyType.fromClass(ReScanner.class, LOOKUP);

    private final RePattern pattern;
    private final RePattern.Scan scan;

    ReScanner(RePattern pattern, RePattern.Scan scan) {
        this.pattern = pattern;
        this.scan = scan;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        throw Errors.typeError("cannot create '_sre.SRE_Scanner' instances");
    }

    @PyMethod
    PyObject match() {
        synchronized (this) {
            return scan.advance(true) ? scan.current() : PyNone.NONE;
        }
    }

    @PyMethod
    PyObject search() {
        synchronized (this) {
            return scan.advance(false) ? scan.current() : PyNone.NONE;
        }
    }

    @PyGetter
    PyObject pattern() {
        return pattern;
    }
}
