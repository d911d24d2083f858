package dev.taipan.modules.decimal;

import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;

/** What {@code localcontext()} returns: makes its context current inside a {@code with} block. */
@PyClass(name = "ContextManager", module = "decimal", baseType = false)
final class ContextManager extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type of {@code localcontext()} results. */
    static final PyType TYPE = PyType.fromClass(ContextManager.class, LOOKUP);

    private final DecimalModule module;
    final PyContext local;
    PyContext saved;

    ContextManager(DecimalModule module, PyContext local) {
        this.module = module;
        this.local = local;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyMethod
    PyObject __enter__() {
        module.enter(this);
        return local;
    }

    @PyMethod
    boolean __exit__(@Args PyObject[] excInfo) {
        module.exit(this);
        return false;
    }
}
