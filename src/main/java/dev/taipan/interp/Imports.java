package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;


/**
 * The import system: {@code import}, {@code from ... import}, relative imports, packages,
 * {@code sys.modules}, {@code sys.path}, native modules, and {@code .py} files and packages found
 * on the path.
 */
// CPython: Python/import.c, PyImport_ImportModuleLevelObject
final class Imports {
    private Imports() {
    }

    /** IMPORT_NAME: {@code (level, fromlist -- module)}. */
    static PyObject importName(ThreadState ts, Frame f, int nameIndex, PyObject level, PyObject fromlist) {
        String name = f.code.names()[nameIndex];
        Interpreter interp = ts.interp;
        PyObject hook = f.builtins.getStr("__import__");
        if (hook != null && hook != interp.builtinImport()) {
            return hook.call(new PyObject[] {PyStr.of(name), f.globals, f.locals == null ? PyNone.NONE : f.locals,
                fromlist, level}, null);
        }
        return importModuleLevel(interp, name, f.globals, fromlist, Abstract.asSize(level));
    }

    /** {@code __import__(name, globals, locals, fromlist, level)}. */
    static PyObject importModuleLevel(Interpreter interp, String name, PyDict globals, PyObject fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String absolute = level > 0 ? resolveRelative(name, globals, level) : name;
        if (absolute.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        PyObject module = importDotted(interp, absolute);
        boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFromlist) {
            // CPython: Lib/importlib/_bootstrap.py, _handle_fromlist's caller __import__
            int dot = name.indexOf('.');
            if (level == 0) {
                return dot < 0 ? module : interp.modules().getStr(name.substring(0, dot));
            }
            if (name.isEmpty() || dot < 0) {
                return module;
            }
            int cutOff = name.length() - dot;
            return interp.modules().get(PyStr.of(absolute.substring(0, absolute.length() - cutOff)));
        }
        if (Abstract.lookupAttr(module, "__path__") != null) {
            for (PyObject item : Abstract.toArray(fromlist)) {
                String attr = item.toString();
                if (attr.equals("*")) {
                    PyObject all = Abstract.lookupAttr(module, "__all__");
                    if (all != null) {
                        for (PyObject sub : Abstract.toArray(all)) {
                            importSubmoduleIfMissing(interp, module, absolute, sub.toString());
                        }
                    }
                    continue;
                }
                importSubmoduleIfMissing(interp, module, absolute, attr);
            }
        }
        return module;
    }

    private static void importSubmoduleIfMissing(Interpreter interp, PyObject module, String absolute, String attr) {
        if (Abstract.lookupAttr(module, attr) == null) {
            try {
                importDotted(interp, absolute + "." + attr);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ModuleNotFoundError)) {
                    throw e;
                }
            }
        }
    }

    // CPython: Lib/importlib/_bootstrap.py, _calc___package__ and _resolve_name
    private static String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals == null ? null : globals.getStr("__package__");
        String packageName;
        if (pkg instanceof PyStr p) {
            packageName = p.toString();
        } else {
            PyObject modName = globals == null ? null : globals.getStr("__name__");
            if (!(modName instanceof PyStr)) {
                throw Errors.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
            }
            packageName = modName.toString();
            if (globals.getStr("__path__") == null) {
                int dot = packageName.lastIndexOf('.');
                packageName = dot < 0 ? "" : packageName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw Errors.of(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports {@code a}, then {@code a.b}, then {@code a.b.c}; returns the last. */
    static PyObject importDotted(Interpreter interp, String absolute) {
        PyObject cached = interp.modules().getStr(absolute);
        if (cached != null && cached != PyNone.NONE) {
            return cached;
        }
        int dot = absolute.lastIndexOf('.');
        if (dot < 0) {
            return loadModule(interp, absolute, null);
        }
        String parentName = absolute.substring(0, dot);
        PyObject parent = importDotted(interp, parentName);
        cached = interp.modules().getStr(absolute);
        if (cached != null && cached != PyNone.NONE) {
            return cached;
        }
        PyObject path = Abstract.lookupAttr(parent, "__path__");
        if (path == null) {
            throw notFound(absolute, "No module named '" + absolute + "'; '" + parentName + "' is not a package");
        }
        PyObject module = loadModule(interp, absolute, path);
        Abstract.setAttr(parent, absolute.substring(dot + 1), module);
        return module;
    }

    private static PyObject loadModule(Interpreter interp, String fullName, PyObject packagePath) {
        PyStr key = PyStr.of(fullName);
        PyModule nativeModule = packagePath == null ? interp.createNativeModule(fullName) : null;
        if (nativeModule != null) {
            interp.modules().put(key, nativeModule);
            return nativeModule;
        }
        String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
        PyObject[] dirs = Abstract.toArray(packagePath != null ? packagePath : interp.sysPath());
        for (PyObject dirObj : dirs) {
            if (!(dirObj instanceof PyStr)) {
                continue;
            }
            String dir = dirObj.toString();
            if (Sources.isFile(dir, simple + "/__init__.py")) {
                return execModule(interp, fullName, Sources.join(dir, simple + "/__init__.py"), Sources.join(dir, simple), true);
            }
            if (Sources.isFile(dir, simple + ".py")) {
                return execModule(interp, fullName, Sources.join(dir, simple + ".py"), null, false);
            }
        }
        ModuleFinder finder = interp.moduleFinder();
        PyObject found = finder == null ? null : finder.find(fullName);
        if (found != null) {
            interp.modules().put(key, found);
            return found;
        }
        throw notFound(fullName, "No module named '" + fullName + "'");
    }

    private static PyObject execModule(Interpreter interp, String fullName, String fileName, String packageDir,
                                       boolean isPackage) {
        PyModule module = new PyModule(fullName);
        module.put("__file__", PyStr.of(fileName));
        module.put("__cached__", PyNone.NONE);
        if (isPackage) {
            module.put("__path__", PyList.of(new PyObject[] {PyStr.of(packageDir)}));
            module.put("__package__", PyStr.of(fullName));
        } else {
            int dot = fullName.lastIndexOf('.');
            module.put("__package__", PyStr.of(dot < 0 ? "" : fullName.substring(0, dot)));
        }
        PyStr key = PyStr.of(fullName);
        interp.modules().put(key, module);
        try {
            interp.execFile(fileName, module.getDict());
        } catch (RuntimeException e) {
            if (interp.modules().get(key) != null) {
                interp.modules().remove(key);
            }
            throw e;
        }
        // The module may have replaced itself in sys.modules.
        PyObject result = interp.modules().get(key);
        if (result == null) {
            throw Errors.of(ExceptionTypes.ImportError, "Loaded module %s not found in sys.modules", fullName);
        }
        return result;
    }

    private static PyException notFound(String name, String message) {
        PyException e = Errors.of(ExceptionTypes.ModuleNotFoundError, "%s", message);
        Abstract.setAttr(e.getValue(), "name", PyStr.of(name));
        return e;
    }

    /** IMPORT_FROM: {@code from module import name}, falling back to a submodule in sys.modules. */
    static PyObject importFrom(ThreadState ts, PyObject module, String name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = Abstract.lookupAttr(module, "__name__");
        if (modName instanceof PyStr mn) {
            PyObject sub = ts.interp.modules().getStr(mn + "." + name);
            if (sub != null && sub != PyNone.NONE) {
                return sub;
            }
            PyObject file = Abstract.lookupAttr(module, "__file__");
            String where = file instanceof PyStr f ? f.toString() : "unknown location";
            PyException e = Errors.of(ExceptionTypes.ImportError, "cannot import name '%s' from '%s' (%s)", name, mn, where);
            Abstract.setAttr(e.getValue(), "name", mn);
            Abstract.setAttr(e.getValue(), "name_from", PyStr.of(name));
            if (file instanceof PyStr) {
                Abstract.setAttr(e.getValue(), "path", file);
            }
            return throwIt(e);
        }
        throw Errors.of(ExceptionTypes.ImportError, "cannot import name '%s' from '<unknown module name>' (unknown location)", name);
    }

    private static PyObject throwIt(PyException e) {
        throw e;
    }

    /** {@code from module import *}: the names in {@code __all__}, or every public global. */
    static PyObject importStar(Frame f, PyObject module) {
        if (f.locals == null) {
            throw Errors.systemError("no locals found during 'import *'");
        }
        PyObject all = Abstract.lookupAttr(module, "__all__");
        PyObject[] names;
        boolean skipPrivate = false;
        if (all != null) {
            names = Abstract.toArray(all);
        } else {
            PyObject dict = Abstract.lookupAttr(module, "__dict__");
            if (dict == null) {
                throw Errors.of(ExceptionTypes.ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            names = Abstract.toArray(Abstract.callMethod(dict, "keys"));
            skipPrivate = true;
        }
        for (PyObject name : names) {
            if (!(name instanceof PyStr)) {
                throw Errors.typeError("%s in %s.__all__ must be str, not %s",
                        all != null ? "Item" : "Key", Abstract.lookupAttr(module, "__name__"), name.getType().getName());
            }
            if (skipPrivate && name.toString().startsWith("_")) {
                continue;
            }
            Abstract.setItem(f.locals, name, Abstract.getAttr(module, name.toString()));
        }
        return PyNone.NONE;
    }

    static PyObject levelOf(int level) {
        return PyInt.of(level);
    }

    static PyTuple emptyFromlist() {
        return PyTuple.EMPTY;
    }
}
