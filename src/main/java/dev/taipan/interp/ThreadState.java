package dev.taipan.interp;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.ThreadContext;

import java.util.function.Supplier;

/**
 * What one thread needs while it runs Python in one interpreter: the current frame, the depth of
 * Python calls (for {@code RecursionError}), and the exception being handled ({@code sys.exc_info()}).
 * A thread gets one per interpreter it runs in, through {@link Interpreter#threadState()}.
 */
public final class ThreadState {
    final Interpreter interp;
    /** The innermost running frame, or null outside Python code. */
    Frame current;
    /** Number of Python frames running on this thread. */
    int depth;
    /** The exception being handled by an {@code except} block, or null. */
    private PyBaseException handled;
    /** The exception a RERAISE is sending on, so unwinding adds no second traceback entry. */
    PyBaseException reraising;
    /** Set when the eval loop should stop at its next safe point (GIL hand-off, budgets, cancel). */
    volatile boolean pollRequested;
    /** Set (with {@link #pollRequested}) when the interpreter shuts down: the thread must end. */
    volatile boolean stopRequested;
    /** Set (with {@link #pollRequested}) by a thread waiting for the GIL this thread holds. */
    volatile boolean gilDropRequested;
    /** Whether this thread holds its interpreter's GIL now (only this thread changes it). */
    boolean holdsGil;
    /** Gives the object model the running frame's module name ({@code type(name, bases, ns)} needs it). */
    private final Supplier<PyObject> moduleName = this::currentModuleName;

    ThreadState(Interpreter interp) {
        this.interp = interp;
    }

    /** The {@code __name__} of the innermost frame's globals, or null outside Python code. */
    private PyObject currentModuleName() {
        return current == null ? null : current.globals.getStr("__name__");
    }

    /** The interpreter this state belongs to. */
    public Interpreter interpreter() {
        return interp;
    }

    /** The innermost running frame, or null. */
    public Frame currentFrame() {
        return current;
    }

    void enter(Frame f) {
        if (pollRequested) {
            // Function entry is a safe point too, so code without loops (deep recursion) yields.
            poll(f);
        }
        if (++depth > interp.recursionLimit()) {
            depth--;
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
        if (current == null) {
            // The outermost frame on this thread: from here on the object model asks this
            // interpreter for the calling module (only once per entry from Java, not per call).
            ThreadContext.setModuleNameSupplier(moduleName);
        }
        f.back = current;
        current = f;
    }

    void leave(Frame f) {
        current = f.back;
        f.back = null;
        depth--;
        if (current == null) {
            // Back in Java: drop the supplier so a pooled thread does not keep this interpreter.
            ThreadContext.setModuleNameSupplier(null);
        }
    }

    /** The exception being handled, or null. */
    public PyBaseException handled() {
        return handled;
    }

    /** Makes {@code e} the handled exception and returns the previous one (None if there was none). */
    PyObject swapHandled(PyObject e) {
        PyObject previous = handled == null ? PyNone.NONE : handled;
        handled = e instanceof PyBaseException be ? be : null;
        return previous;
    }

    /** Restores a handled exception saved by {@link #swapHandled} (None for none). */
    void setHandled(PyObject e) {
        handled = e instanceof PyBaseException be ? be : null;
    }

    boolean pollRequested() {
        return pollRequested;
    }

    /** The safe point: the one out-of-line place for GIL hand-off, budgets and cancellation. */
    void poll(Frame f) {
        pollRequested = false;
        interp.safePoint(this, f);
    }
}
