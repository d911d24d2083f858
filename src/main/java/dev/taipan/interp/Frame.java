package dev.taipan.interp;

import dev.taipan.code.CodeObject;
import dev.taipan.interp.specialize.Adaptive;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

/**
 * One activation of a code object: its variable slots and operand stack in one array (as
 * CPython's "locals plus" frame), the instruction pointer, and the namespaces it runs in.
 *
 * <p>The eval loop keeps {@code ip} and {@code sp} in Java locals while it runs and writes them
 * back here when it suspends (a generator's yield), calls out, or unwinds, so a frame can be
 * resumed and inspected ({@code f_lineno}, tracebacks).
 */
public final class Frame {
    /** The code being run. */
    final CodeObject code;
    /** The runtime constants of {@link #code}, shared by all frames of that code in this engine. */
    final PyObject[] consts;
    /** The code's names as str objects, shared likewise, so name lookups allocate nothing. */
    final PyStr[] names;
    /** This engine's adaptive instructions and inline caches for {@link #code}. */
    final Adaptive adaptive;
    /** Variable slots (locals, cells, free variables), then the operand stack. */
    final PyObject[] slots;
    /** The module globals. */
    final PyDict globals;
    /** The builtins namespace, found through globals' {@code __builtins__} when the frame starts. */
    final PyDict builtins;
    /** The locals mapping of module and class bodies (and of {@code exec}); null in functions. */
    PyObject locals;
    /** The function being run, or null for module and class bodies. */
    final PyFunction function;
    /** The calling frame while this one runs. */
    Frame back;
    /** Index of the next instruction. */
    int ip;
    /** Index of the first free stack slot. */
    int sp;
    /** The instruction that was running when the frame last stopped (for f_lineno and tracebacks). */
    int lasti = -1;
    /** Whether the frame has returned or raised: a finished frame cannot run again. */
    boolean finished;
    /** The sub-iterator a suspended {@code yield from} or {@code await} delegates to, or null. */
    PyObject yieldFrom;
    /** The Python frame object, made on first request. */
    PyFrameObject frameObject;

    Frame(PyCode pyCode, PyDict globals, PyDict builtins, PyObject locals, PyFunction function, Interpreter interp) {
        CodeObject code = pyCode.code;
        this.code = code;
        this.adaptive = pyCode.adaptive(interp);
        this.consts = pyCode.consts();
        this.names = pyCode.names();
        this.slots = new PyObject[code.slotCount() + code.stackSize()];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        this.sp = code.slotCount();
    }

    /** The code object this frame runs. */
    public CodeObject code() {
        return code;
    }

    /** The module globals this frame runs with ({@code globals()}). */
    public PyDict globals() {
        return globals;
    }

    /** The builtins namespace this frame looks names up in. */
    public PyDict builtins() {
        return builtins;
    }

    /**
     * {@code locals()}: the mapping of a module or class body (or of {@code exec}), or for a
     * function a fresh snapshot dict of its variables (PEP 667).
     */
    public PyObject localsMapping() {
        return Locals.of(this);
    }

    /** The current source line, or the first line before the frame started. */
    public int currentLine() {
        int line = code.lineOf(lasti);
        return line >= 0 ? line : code.firstLineno();
    }

    /** The Python-visible frame object for this frame. */
    PyFrameObject frameObject() {
        if (frameObject == null) {
            frameObject = new PyFrameObject(this);
        }
        return frameObject;
    }
}
