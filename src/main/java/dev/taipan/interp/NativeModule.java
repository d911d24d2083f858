package dev.taipan.interp;

/**
 * A module implemented in Java. The layers above the interpreter ({@code builtins}, {@code modules})
 * register their modules through this interface, so the interpreter never imports them.
 */
public interface NativeModule {
    /** The module's import name, for example {@code "math"}. */
    String name();

    /**
     * Makes the module object for one interpreter, its contents filled. Called at most once per
     * interpreter, when the module is first imported. Module functions that need the interpreter
     * are instance methods of a {@link PyModule} subclass that keeps it.
     *
     * @param interp the interpreter importing it
     * @return the module
     */
    PyModule create(Interpreter interp);
}
