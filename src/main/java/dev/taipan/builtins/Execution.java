package dev.taipan.builtins;

import dev.taipan.code.CodeObject;
import dev.taipan.compile.Compiler;
import dev.taipan.interp.Frame;
import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyCode;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.Slot;

import java.nio.charset.StandardCharsets;

/**
 * {@code eval}, {@code exec} and {@code compile}: source text or code objects run in a globals
 * dict and a locals mapping, by default the calling frame's.
 */
// CPython: Python/bltinmodule.c, builtin_eval_impl, builtin_exec_impl, builtin_compile_impl
final class Execution {
    /** CPython's {@code PyCF_ONLY_AST}: compile to an AST instead of code. */
    static final int PYCF_ONLY_AST = 0x400;
    /**
     * Every compile flag CPython accepts: the PyCF_* bits (0x100 to 0x8000) and the
     * CO_FUTURE_* bits of {@code __future__} features (0x20000 to 0x1000000).
     */
    private static final int PYCF_ALLOWED = 0x01FF_FF00;

    private Execution() {
    }

    /** {@code eval(source, /, globals=None, locals=None)}. */
    static PyObject eval(Interpreter interp, PyObject source, PyObject globals, PyObject locals) {
        if (locals != PyNone.NONE && !isMapping(locals)) {
            throw Errors.typeError("locals must be a mapping");
        }
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            throw Errors.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        Frame caller = interp.threadState().currentFrame();
        PyDict g;
        if (globals == PyNone.NONE) {
            if (caller == null) {
                throw Errors.typeError("eval must be given globals and locals when called without a frame");
            }
            g = caller.globals();
            locals = locals == PyNone.NONE ? caller.localsMapping() : locals;
        } else {
            g = (PyDict) globals;
            locals = locals == PyNone.NONE ? g : locals;
        }
        addBuiltins(interp, g, caller);
        if (source instanceof PyCode code) {
            if (freeCount(code.code()) > 0) {
                throw Errors.typeError("code object passed to eval() may not contain free variables");
            }
            return interp.exec(code, g, locals);
        }
        String text = sourceText(source, "eval", "a string, bytes or code object");
        // CPython strips leading spaces and tabs so that "  1 + 1" evaluates.
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        CodeObject code = interp.compile(text.substring(start), "<string>", Compiler.Mode.EVAL);
        return interp.exec(code, g, locals);
    }

    /** {@code exec(source, /, globals=None, locals=None, *, closure=None)}. */
    static PyObject exec(Interpreter interp, PyObject source, PyObject globals, PyObject locals, PyObject closure) {
        Frame caller = interp.threadState().currentFrame();
        if (globals == PyNone.NONE) {
            if (caller == null) {
                throw Errors.systemError("globals and locals cannot be NULL");
            }
            globals = caller.globals();
            if (locals == PyNone.NONE) {
                locals = caller.localsMapping();
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict g)) {
            throw Errors.typeError("exec() globals must be a dict, not %.100s", globals.getType().getName());
        }
        if (!isMapping(locals)) {
            throw Errors.typeError("locals must be a mapping or None, not %.100s", locals.getType().getName());
        }
        addBuiltins(interp, g, caller);
        boolean hasClosure = closure != PyNone.NONE;
        if (source instanceof PyCode code) {
            int free = freeCount(code.code());
            if (free == 0 && hasClosure) {
                throw Errors.typeError("cannot use a closure with this code object");
            }
            if (free > 0) {
                // TODO(issue 7): run code with free variables once the interpreter can make a
                // frame over given cells.
                throw Errors.typeError("code object requires a closure of exactly length %d", free);
            }
            interp.exec(code, g, locals);
            return PyNone.NONE;
        }
        if (hasClosure) {
            throw Errors.typeError("closure can only be used when source is a code object");
        }
        String text = sourceText(source, "exec", "a string, bytes or code object");
        interp.exec(interp.compile(text, "<string>", Compiler.Mode.EXEC), g, locals);
        return PyNone.NONE;
    }

    /**
     * {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *,
     * _feature_version=-1)}.
     */
    static PyObject compile(Interpreter interp, PyObject source, PyObject filename, String mode, int flags,
                            int optimize) {
        String file = fsPath(filename);
        if ((flags & ~PYCF_ALLOWED) != 0) {
            throw Errors.valueError("compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw Errors.valueError("compile(): invalid optimize value");
        }
        Compiler.Mode m = switch (mode) {
            case "exec" -> Compiler.Mode.EXEC;
            case "eval" -> Compiler.Mode.EVAL;
            case "single" -> Compiler.Mode.SINGLE;
            default -> throw Errors.valueError((flags & PYCF_ONLY_AST) != 0
                    ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                    : "compile() mode must be 'exec', 'eval' or 'single'");
        };
        if ((flags & PYCF_ONLY_AST) != 0) {
            throw Errors.notImplementedError("compile() to an AST object is not supported yet");
        }
        String text = sourceText(source, "compile", "a string, bytes or AST object");
        return new PyCode(interp.compile(text, file, m));
    }

    /** The source of eval/exec/compile as text: a str, or bytes-like decoded as UTF-8. */
    private static String sourceText(PyObject source, String fn, String what) {
        if (source instanceof PyStr s) {
            return s.toString();
        } else if (source instanceof PyBytes b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        } else if (source instanceof PyByteArray b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
        throw Errors.typeError("%s() arg 1 must be %s", fn, what);
    }

    /** A file name given as str, bytes or os.PathLike. */
    static String fsPath(PyObject path) {
        if (path instanceof PyStr s) {
            return s.toString();
        } else if (path instanceof PyBytes b) {
            return new String(b.toByteArray(), StandardCharsets.UTF_8);
        }
        PyObject fspath = path.getType().lookup("__fspath__");
        if (fspath != null) {
            PyObject r = Abstract.callMethod(path, "__fspath__");
            if (r instanceof PyStr || r instanceof PyBytes) {
                return fsPath(r);
            }
            throw Errors.typeError("expected %.200s.__fspath__() to return str or bytes, not %.200s",
                    path.getType().getName(), r.getType().getName());
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %.200s", path.getType().getName());
    }

    /** Gives globals a {@code __builtins__} when they lack one: the caller's, else the interpreter's. */
    private static void addBuiltins(Interpreter interp, PyDict globals, Frame caller) {
        if (globals.getStr("__builtins__") == null) {
            globals.put(PyStr.of("__builtins__"), caller != null ? caller.builtins() : interp.builtins());
        }
    }

    /** CPython's PyMapping_Check: the type can be subscripted. */
    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.getType().slot(Slot.GETITEM) != null;
    }

    private static int freeCount(CodeObject code) {
        int n = 0;
        for (byte k : code.localsPlusKinds()) {
            if ((k & CodeObject.KIND_FREE) != 0) {
                n++;
            }
        }
        return n;
    }
}
