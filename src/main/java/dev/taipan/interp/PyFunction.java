package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.objects.PyBoundMethod;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.UnboundMethod;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PySetter;

import java.lang.invoke.MethodHandles;

/**
 * Python's {@code function}: code, the globals it runs in, defaults, closure and the attributes
 * Python code can read and set. Calling it binds the arguments into a new {@link Frame} and runs
 * the eval loop.
 */
@PyClass(name = "function", baseType = false)
public final class PyFunction extends PyObject implements HasDict, UnboundMethod {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The {@code function} type. */
    public static final PyType TYPE = PyType.fromClass(PyFunction.class, LOOKUP);

    final Interpreter interp;
    final PyCode code;
    final PyDict globals;
    final PyDict builtins;
    String name;
    String qualname;
    PyObject[] defaults;
    PyDict kwdefaults;
    PyCell[] closure;
    PyObject annotations;
    PyObject doc;
    /** {@code __module__}: the defining globals' {@code __name__} (a plain attribute, as in CPython). */
    PyObject module;
    PyObject typeParams;
    private PyDict dict;
    /** Whether a call can copy positional arguments straight into the slots (no defaults needed). */
    private final boolean simpleArgs;
    /** The number of positional arguments a call binds by copying them, or -1 (CALL_PY_EXACT_ARGS). */
    final int exactArgCount;

    PyFunction(Interpreter interp, PyCode code, PyDict globals, PyDict builtins) {
        this.interp = interp;
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        CodeObject co = code.code;
        this.name = co.name();
        this.qualname = co.qualname();
        this.doc = co.docstring() == null ? PyNone.NONE : PyStr.of(co.docstring());
        PyObject mod = globals.getStr("__name__");
        this.module = mod == null ? PyNone.NONE : mod;
        this.simpleArgs = co.kwOnlyArgCount() == 0
                && (co.flags() & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0;
        this.exactArgCount = simpleArgs ? co.argCount() : -1;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The function's code. */
    public PyCode code() {
        return code;
    }

    /** Creates the frame for a call and binds the arguments found in {@code args[start..]}. */
    Frame frameFor(PyObject[] args, int start, int npos, String[] kwnames) {
        CodeObject co = code.code;
        Frame f = new Frame(code, globals, builtins, null, this, interp);
        if (simpleArgs && kwnames == null && npos == co.argCount()) {
            System.arraycopy(args, start, f.slots, 0, npos);
        } else {
            ArgBinder.bind(this, f.slots, args, start, npos, kwnames);
        }
        return f;
    }

    /** Calls the function on the running thread, with arguments taken from {@code args[start..]}. */
    PyObject invoke(ThreadState ts, PyObject[] args, int start, int npos, String[] kwnames) {
        return Eval.run(ts, frameFor(args, start, npos, kwnames), null);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        return invoke(interp.threadState(), args, 0, args.length - nkw, nkw == 0 ? null : kwnames);
    }

    @Override
    public PyObject call() {
        return invoke(interp.threadState(), EMPTY_ARRAY, 0, 0, null);
    }

    @Override
    public PyObject call(PyObject a) {
        return invoke(interp.threadState(), new PyObject[] {a}, 0, 1, null);
    }

    @Override
    public PyObject call(PyObject a, PyObject b) {
        return invoke(interp.threadState(), new PyObject[] {a, b}, 0, 2, null);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @PyMethod
    PyObject __call__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        // Makes functions callable() and reachable through type(f).__call__; the eval loop
        // calls them directly and never comes here.
        return dev.taipan.objects.Abstract.callWithDict(this, args, kwargs);
    }

    // CPython: Objects/typeobject.c, wrap_descr_get, and Objects/funcobject.c, func_descr_get
    @PyMethod
    PyObject __get__(PyObject instance, @Opt PyObject owner) {
        if (instance == PyNone.NONE && (owner == null || owner == PyNone.NONE)) {
            throw dev.taipan.objects.Errors.typeError("__get__(None, None) is invalid");
        }
        return instance == PyNone.NONE ? this : new PyBoundMethod(this, instance);
    }

    @PyMethod
    PyObject __repr__() {
        return PyStr.of("<function " + qualname + " at " + dev.taipan.objects.Abstract.addressOf(this) + ">");
    }

    @PyGetter
    PyObject __name__() {
        return PyStr.of(name);
    }

    @PySetter
    void __name__(PyObject value) {
        name = Constants.requireStr(value, "__name__");
    }

    @PyGetter
    PyObject __qualname__() {
        return PyStr.of(qualname);
    }

    @PySetter
    void __qualname__(PyObject value) {
        qualname = Constants.requireStr(value, "__qualname__");
    }

    @PyGetter
    PyObject __module__() {
        return module;
    }

    @PySetter
    void __module__(PyObject value) {
        // A plain member in CPython (T_OBJECT): deleting it leaves None.
        module = value == null ? PyNone.NONE : value;
    }

    @PyGetter
    PyObject __doc__() {
        return doc;
    }

    @PySetter
    void __doc__(PyObject value) {
        doc = value == null ? PyNone.NONE : value;
    }

    @PyGetter
    PyObject __code__() {
        return code;
    }

    @PyGetter
    PyObject __globals__() {
        return globals;
    }

    @PyGetter
    PyObject __builtins__() {
        return builtins;
    }

    @PyGetter
    PyObject __defaults__() {
        return defaults == null ? PyNone.NONE : PyTuple.of(defaults);
    }

    @PySetter
    void __defaults__(PyObject value) {
        defaults = value == PyNone.NONE ? null : ((PyTuple) value).items();
    }

    @PyGetter
    PyObject __kwdefaults__() {
        return kwdefaults == null ? PyNone.NONE : kwdefaults;
    }

    @PySetter
    void __kwdefaults__(PyObject value) {
        kwdefaults = value == PyNone.NONE ? null : (PyDict) value;
    }

    @PyGetter
    PyObject __closure__() {
        return closure == null ? PyNone.NONE : PyTuple.of(closure);
    }

    @PyGetter
    PyObject __annotations__() {
        if (annotations == null) {
            annotations = new PyDict();
        }
        return annotations;
    }

    @PySetter
    void __annotations__(PyObject value) {
        annotations = value;
    }

    @PyGetter
    PyObject __type_params__() {
        return typeParams == null ? PyTuple.EMPTY : typeParams;
    }

    @PySetter
    void __type_params__(PyObject value) {
        typeParams = value;
    }

    @PyGetter
    PyObject __dict__() {
        return getDict();
    }
}
