package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyFunction;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code importlib} module of one interpreter: {@code import_module} (absolute and relative
 * names), {@code reload} of modules loaded from source, {@code invalidate_caches} and
 * {@code __import__}. The submodules {@code importlib.util} and {@code importlib.machinery} are
 * not provided.
 */
// CPython: Lib/importlib/__init__.py and Lib/importlib/_bootstrap.py
public final class ImportlibModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private final Interpreter interp;

    /**
     * Creates the module for an interpreter.
     *
     * @param interp the interpreter whose import system it drives
     */
    public ImportlibModule(Interpreter interp) {
        super("importlib");
        this.interp = interp;
        put("__doc__", PyStr.of("A pure Python implementation of import."));
        ModuleExposer.expose(this, ImportlibModule.class, LOOKUP, this::put);
        PyObject builtinImport = interp.builtins().getStr("__import__");
        if (builtinImport != null) {
            put("__import__", builtinImport);
        }
    }

    /** {@code import_module(name, package=None)}: imports a module, relative to package if dotted. */
    // CPython: Lib/importlib/__init__.py, import_module; Lib/importlib/_bootstrap.py, _gcd_import
    @PyFunction
    PyObject import_module(@Name("name") PyObject name, @Name("package") @Default("None") PyObject pkg) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("module name must be str, not %s", Abstract.repr(name.getType()));
        }
        String n = s.toString();
        int level = 0;
        if (n.startsWith(".")) {
            if (pkg == PyNone.NONE || !Abstract.isTrue(pkg)) {
                throw Errors.typeError("the 'package' argument is required to perform a relative "
                        + "import for %s", Abstract.repr(name));
            }
            while (level < n.length() && n.charAt(level) == '.') {
                level++;
            }
        }
        return interp.importModule(resolve(n.substring(level), pkg, level));
    }

    /** The absolute name of a (possibly relative) module name, with CPython's errors. */
    // CPython: Lib/importlib/_bootstrap.py, _sanity_check and _resolve_name
    static String resolve(String name, PyObject pkg, int level) {
        if (level > 0) {
            if (!(pkg instanceof PyStr)) {
                throw Errors.typeError("__package__ not set to a string");
            }
            String p = pkg.toString();
            if (p.isEmpty()) {
                throw Errors.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
            }
            String base = p;
            for (int i = 1; i < level; i++) {
                int dot = base.lastIndexOf('.');
                if (dot < 0) {
                    throw Errors.of(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
                }
                base = base.substring(0, dot);
            }
            return name.isEmpty() ? base : base + "." + name;
        }
        if (name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        return name;
    }

    /**
     * {@code reload(module)}: runs the module's source again in the same module object. Native
     * modules are returned unchanged.
     */
    // CPython: Lib/importlib/__init__.py, reload
    @PyFunction
    PyObject reload(@Name("module") PyObject module) {
        if (!(module instanceof PyModule m)) {
            throw Errors.typeError("reload() argument must be a module");
        }
        String name = m.name();
        PyObject spec = m.get("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            PyObject specName = Abstract.lookupAttr(spec, "name");
            if (specName instanceof PyStr sn) {
                name = sn.toString();
            }
        }
        if (interp.modules().getStr(name) != module) {
            throw importError("module " + name + " not in sys.modules", name);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String parent = name.substring(0, dot);
            if (interp.modules().getStr(parent) == null) {
                throw importError("parent " + PyStr.repr(parent) + " not in sys.modules", parent);
            }
        }
        PyObject file = m.get("__file__");
        if (!(file instanceof PyStr f)) {
            return module;
        }
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(f.toString()));
        } catch (IOException e) {
            throw importError("No module named " + PyStr.repr(name), name);
        }
        interp.exec(interp.compile(source, f.toString()), m.getDict(), m.getDict());
        PyObject result = interp.modules().getStr(name);
        return result == null ? module : result;
    }

    private static PyException importError(String message, String name) {
        PyException e = Errors.of(ExceptionTypes.ImportError, "%s", message);
        Abstract.setAttr(e.getValue(), "name", PyStr.of(name));
        return e;
    }

    /** {@code invalidate_caches()}: nothing is cached, so nothing to do. */
    @PyFunction
    void invalidate_caches() {
    }
}
