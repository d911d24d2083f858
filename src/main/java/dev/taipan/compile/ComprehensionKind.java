package dev.taipan.compile;

/** Which comprehension, if any, a function scope stands for (CPython's {@code _Py_comprehension_ty}). */
public enum ComprehensionKind {
    /** Not a comprehension. */
    NONE("", ""),
    /** {@code [x for ...]}. */
    LIST("listcomp", "list comprehension"),
    /** {@code {x for ...}}. */
    SET("setcomp", "set comprehension"),
    /** {@code {k: v for ...}}. */
    DICT("dictcomp", "dict comprehension"),
    /** {@code (x for ...)}. */
    GENERATOR("genexpr", "generator expression");

    private final String scopeName;
    private final String description;

    ComprehensionKind(String scopeName, String description) {
        this.scopeName = scopeName;
        this.description = description;
    }

    /** The scope's name, as CPython names it ({@code listcomp}, {@code genexpr}, ...). */
    public String scopeName() {
        return scopeName;
    }

    /** The words CPython's messages use for it ({@code list comprehension}, ...). */
    public String description() {
        return description;
    }
}
