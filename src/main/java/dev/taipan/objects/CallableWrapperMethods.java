package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/** The Python members {@code classmethod} and {@code staticmethod} share (see {@link CallableWrapper}). */
final class CallableWrapperMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private CallableWrapperMethods() {
    }

    @PyMethod
    static void __init__(CallableWrapper self, @Args PyObject[] args, @Kwargs PyDict kw) {
        if (args.length != 1) {
            throw Errors.typeError("%s expected 1 argument, got %d", self.kindName(), args.length);
        }
        self.callable = args[0];
    }

    @PyGetter
    static PyObject __func__(CallableWrapper self) {
        return self.getCallable();
    }

    @PyGetter
    static PyObject __wrapped__(CallableWrapper self) {
        return self.getCallable();
    }

    @PyGetter
    static PyObject __isabstractmethod__(CallableWrapper self) {
        PyObject c = self.callable;
        PyObject a = c == null ? null : Abstract.lookupAttr(c, "__isabstractmethod__");
        return PyBool.of(a != null && Abstract.isTrue(a));
    }

    @PyGetter
    static PyObject __dict__(CallableWrapper self) {
        return self.getDict();
    }

    @PyMethod
    static String __repr__(CallableWrapper self) {
        return "<" + self.kindName() + "(" + Abstract.repr(self.getCallable()) + ")>";
    }
}
