package dev.taipan.builtins;

import dev.taipan.interp.BuildClass;
import dev.taipan.interp.Frame;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.interp.PySuper;
import dev.taipan.interp.TextStream;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyClassMethodObject;
import dev.taipan.objects.PyComplex;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyEllipsis;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyFrozenSet;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyNotImplemented;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyProperty;
import dev.taipan.objects.PyRange;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PySlice;
import dev.taipan.objects.PyStaticMethodObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.Slot;
import dev.taipan.objects.Slots;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * The {@code builtins} module of one interpreter. It binds the builtin types, constants and
 * exception classes by name, and holds the builtin functions: the ones that need this
 * interpreter (its frames, streams, modules) are instance methods here; the others are static
 * methods of {@link ObjectFunctions}, {@link NumericFunctions} and {@link ReductionFunctions}.
 */
// CPython: Python/bltinmodule.c, _PyBuiltin_Init
public final class BuiltinsModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static final String DOC = """
            Built-in functions, types, exceptions, and other objects.

            This module provides direct access to all 'built-in'
            identifiers of Python; for example, builtins.len is
            the full name for the built-in function len().

            This module is not normally accessed explicitly by most
            applications, but can be useful in modules that provide
            objects with the same name as a built-in value, but in
            which the built-in value is also needed.""";

    private final Interpreter interp;
    private final ObjectIds ids = new ObjectIds();

    BuiltinsModule(Interpreter interp) {
        super("builtins");
        this.interp = interp;
        put("__doc__", PyStr.of(DOC));
        put("__package__", PyStr.of(""));
        ModuleExposer.expose(this, BuiltinsModule.class, LOOKUP, this::put);
        ModuleExposer.expose(this, ObjectFunctions.class, ObjectFunctions.LOOKUP, this::put);
        ModuleExposer.expose(this, NumericFunctions.class, NumericFunctions.LOOKUP, this::put);
        ModuleExposer.expose(this, ReductionFunctions.class, ReductionFunctions.LOOKUP, this::put);
        put("exit", new Quitter("exit"));
        put("quit", new Quitter("quit"));
        put("None", PyNone.NONE);
        put("Ellipsis", PyEllipsis.ELLIPSIS);
        put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        put("False", PyBool.FALSE);
        put("True", PyBool.TRUE);
        put("__debug__", PyBool.TRUE);
        for (PyType t : new PyType[] {
            PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyClassMethodObject.TYPE, PyComplex.TYPE, PyDict.TYPE,
            PyEnumerate.TYPE, PyFilter.TYPE, PyFloat.TYPE, PyFrozenSet.TYPE, PyProperty.TYPE, PyInt.TYPE,
            PyList.TYPE, PyMap.TYPE, PyMemoryView.TYPE, PyType.OBJECT_TYPE, PyRange.TYPE, PyReversed.TYPE,
            PySet.TYPE, PySlice.TYPE, PyStaticMethodObject.TYPE, PyStr.TYPE, PySuper.TYPE, PyTuple.TYPE,
            PyType.TYPE, PyZip.TYPE}) {
            put(t.getName(), t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            put(t.getName(), t);
        }
        // Old names CPython keeps as aliases of OSError, not types of their own.
        put("EnvironmentError", ExceptionTypes.OSError);
        put("IOError", ExceptionTypes.OSError);
    }

    /** The calling Python frame, or null when called from Java. */
    private Frame caller() {
        return interp.threadState().currentFrame();
    }

    // ---- output and input -----------------------------------------------------------------

    /**
     * {@code print(*args, sep=' ', end='\n', file=None, flush=False)}. {@code sys.stdout} is read
     * at each call, so a script (or the host) may replace it.
     */
    // CPython: Python/bltinmodule.c, builtin_print_impl
    @PyFunction(doc = "Prints the values to a stream, or to sys.stdout by default.")
    PyObject print(@Args PyObject[] args, @KwOnly("sep") @Default("None") PyObject sep,
                   @KwOnly("end") @Default("None") PyObject end, @KwOnly("file") @Default("None") PyObject file,
                   @KwOnly("flush") @Default("False") boolean flush) {
        if (file == PyNone.NONE) {
            file = interp.sys().get("stdout");
            if (file == null) {
                throw Errors.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String sepText = textArg(sep, "sep", " ");
        String endText = textArg(end, "end", "\n");
        if (file.getClass() == TextStream.class || file.getClass() == PyTextFile.class) {
            // One write call for the common case; what was built before an error is still written,
            // as CPython's piecewise writes would have.
            StringBuilder b = new StringBuilder();
            try {
                for (int i = 0; i < args.length; i++) {
                    if (i > 0) {
                        b.append(sepText);
                    }
                    b.append(Abstract.str(args[i]).toString());
                }
                b.append(endText);
            } finally {
                if (!b.isEmpty()) {
                    Abstract.callMethod(file, "write", PyStr.of(b.toString()));
                }
            }
        } else {
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    Abstract.callMethod(file, "write", PyStr.of(sepText));
                }
                Abstract.callMethod(file, "write", Abstract.str(args[i]));
            }
            Abstract.callMethod(file, "write", PyStr.of(endText));
        }
        if (flush) {
            Abstract.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    private static String textArg(PyObject arg, String name, String dflt) {
        if (arg == PyNone.NONE) {
            return dflt;
        }
        if (arg instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError("%s must be None or a string, not %.200s", name, arg.getType().getName());
    }

    // CPython: Python/bltinmodule.c, builtin_input_impl (the non-interactive path)
    @PyFunction(doc = "Read a string from standard input.  The trailing newline is stripped.")
    PyObject input(@Opt PyObject prompt) {
        PyObject in = interp.sys().get("stdin");
        PyObject out = interp.sys().get("stdout");
        if (in == null || in == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdin");
        }
        if (out == null || out == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdout");
        }
        PyObject err = interp.sys().get("stderr");
        PyObject errFlush = err == null || err == PyNone.NONE ? null : Abstract.lookupAttr(err, "flush");
        if (errFlush != null) {
            errFlush.call();
        }
        if (prompt != null) {
            Abstract.callMethod(out, "write", Abstract.str(prompt));
        }
        Abstract.callMethod(out, "flush");
        PyObject line = Abstract.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) {
            throw Errors.typeError("object.readline() returned non-string");
        }
        String text = s.toString();
        if (text.isEmpty()) {
            throw Errors.of(ExceptionTypes.EOFError, "EOF when reading a line");
        }
        return PyStr.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    @PyFunction(doc = "Open file and return a stream.  Raise OSError upon failure.")
    PyObject open(@Name("file") PyObject file, @Name("mode") @Default("'r'") String mode,
                  @Name("buffering") @Default("-1") int buffering, @Name("encoding") @Default("None") PyObject encoding,
                  @Name("errors") @Default("None") PyObject errors, @Name("newline") @Default("None") PyObject newline,
                  @Name("closefd") @Default("True") boolean closefd, @Name("opener") @Default("None") PyObject opener) {
        return FileOpen.open(interp.fileSystem(), file, mode, buffering, encoding, errors, newline, closefd, opener);
    }

    // ---- code execution -------------------------------------------------------------------

    @PyFunction(doc = "Evaluate the given source in the context of globals and locals.")
    PyObject eval(PyObject source, @Name("globals") @Default("None") PyObject globals,
                  @Name("locals") @Default("None") PyObject locals) {
        return Execution.eval(interp, source, globals, locals);
    }

    @PyFunction(doc = "Execute the given source in the context of globals and locals.")
    PyObject exec(PyObject source, @Name("globals") @Default("None") PyObject globals,
                  @Name("locals") @Default("None") PyObject locals, @KwOnly("closure") @Default("None") PyObject closure) {
        return Execution.exec(interp, source, globals, locals, closure);
    }

    @PyFunction(doc = "Compile source into a code object that can be executed by exec() or eval().")
    PyObject compile(@Name("source") PyObject source, @Name("filename") PyObject filename, @Name("mode") String mode,
                     @Name("flags") @Default("0") int flags, @Name("dont_inherit") @Default("False") boolean dontInherit,
                     @Name("optimize") @Default("-1") int optimize,
                     @KwOnly("_feature_version") @Default("-1") int featureVersion) {
        return Execution.compile(interp, source, filename, mode, flags, optimize);
    }

    @PyFunction(doc = "Return the dictionary containing the current scope's global variables.")
    PyObject globals() {
        Frame f = caller();
        return f == null ? new PyDict() : f.globals();
    }

    @PyFunction(doc = "Return a dictionary containing the current scope's local variables.")
    PyObject locals() {
        Frame f = caller();
        return f == null ? new PyDict() : f.localsMapping();
    }

    @PyFunction(doc = "Show vars.  Without arguments, equivalent to locals().  With an argument, equivalent to"
            + " object.__dict__.")
    PyObject vars(@Opt PyObject object) {
        if (object == null) {
            return locals();
        }
        PyObject d = Abstract.lookupAttr(object, "__dict__");
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    // CPython: Objects/object.c, _dir_locals and _dir_object
    @PyFunction(doc = "Show attributes of an object: without an argument, the names in the current scope.")
    PyObject dir(@Opt PyObject arg) {
        PyObject names;
        if (arg == null) {
            PyObject locals = locals();
            names = locals instanceof PyDict d ? PyList.of(d.keysArray()) : Abstract.callMethod(locals, "keys");
            if (!(names instanceof PyList)) {
                throw Errors.typeError("dir(): expected keys() of locals to be a list, not '%.200s'",
                        names.getType().getName());
            }
        } else {
            PyObject f = arg.getType().slot(Slot.DIR);
            if (f == null) {
                throw Errors.typeError("object does not provide __dir__");
            }
            names = PyList.of(Abstract.toArray(Slots.call0(f, arg)));
        }
        ((PyList) names).sort(null, false);
        return names;
    }

    // ---- classes, modules, identity -------------------------------------------------------

    /** {@code __build_class__(func, name, /, *bases, [metaclass], **kwds)}: the class statement. */
    @PyFunction(doc = "Internal helper function used by the class statement.")
    PyObject __build_class__(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return BuildClass.build(args, null);
        }
        PyObject[] keys = kwargs.keysArray();
        PyObject[] all = Arrays.copyOf(args, args.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = keys[i].toString();
            all[args.length + i] = kwargs.getItem(keys[i]);
        }
        return BuildClass.build(all, names);
    }

    @PyFunction(doc = "Import a module.")
    PyObject __import__(@Name("name") PyObject name, @Name("globals") @Default("None") PyObject globals,
                        @Name("locals") @Default("None") PyObject locals,
                        @Name("fromlist") @Default("None") PyObject fromlist, @Name("level") @Default("0") int level) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("module name must be a string");
        }
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        PyDict g = globals instanceof PyDict d ? d : null;
        if (level > 0 && (g == null || g.getStr("__name__") == null)) {
            // CPython: Python/import.c, resolve_name
            throw Errors.keyError("'__name__' not in globals");
        }
        return interp.importModule(s.toString(), g, fromlist == PyNone.NONE ? PyTuple.EMPTY : fromlist, level);
    }

    @PyFunction(doc = "Return the identity of an object.")
    PyObject id(PyObject obj) {
        return PyInt.of(ids.idOf(obj));
    }

    // CPython: builtin_breakpoint calls sys.breakpointhook, which runs pdb; there is no debugger
    // here, so a missing hook makes it a no-op.
    @PyFunction(doc = "Call sys.breakpointhook(*args, **kws).")
    PyObject breakpoint(@Args PyObject[] args, @Kwargs PyDict kwargs) {
        PyObject hook = interp.sys().get("breakpointhook");
        if (hook == null) {
            return PyNone.NONE;
        }
        return Abstract.callWithDict(hook, args, kwargs);
    }

    /** A minimal {@code help}: the object's name and docstring, as pydoc's first lines show them. */
    @PyFunction(doc = "Define the builtin 'help'.")
    PyObject help(@Opt PyObject request) {
        PyObject out = interp.sys().get("stdout");
        if (request == null) {
            Abstract.callMethod(out, "write", PyStr.of("Type help(object) for help about object.\n"));
            return PyNone.NONE;
        }
        PyObject name = Abstract.lookupAttr(request, "__name__");
        PyObject doc = Abstract.lookupAttr(request, "__doc__");
        StringBuilder b = new StringBuilder("Help on ");
        b.append(name instanceof PyStr ? name.toString() : Abstract.repr(request).toString()).append(":\n\n");
        if (doc instanceof PyStr) {
            b.append(doc).append("\n");
        }
        Abstract.callMethod(out, "write", PyStr.of(b.toString()));
        return PyNone.NONE;
    }
}
