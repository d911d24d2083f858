package dev.taipan.code;

/**
 * The arguments of {@link Opcode#CALL_INTRINSIC_1} and {@link Opcode#CALL_INTRINSIC_2}: runtime
 * functions that need no opcode of their own.
 */
public final class Intrinsics {
    private Intrinsics() {
    }

    // One argument.
    /** Prints an expression statement's value in interactive mode ({@code sys.displayhook}). */
    public static final int PRINT = 1;
    /** {@code from module import *}: copies the module's public names into locals. */
    public static final int IMPORT_STAR = 2;
    /** Turns a StopIteration escaping a generator into RuntimeError (PEP 479). */
    public static final int STOPITERATION_ERROR = 3;
    /** Completes an async generator's yield value. */
    public static final int ASYNC_GEN_WRAP = 4;
    /** {@code tuple(list)}. */
    public static final int LIST_TO_TUPLE = 5;
    /** {@code typing.TypeVar(name)} for PEP 695. */
    public static final int TYPEVAR = 6;
    /** {@code typing.ParamSpec(name)}. */
    public static final int PARAMSPEC = 7;
    /** {@code typing.TypeVarTuple(name)}. */
    public static final int TYPEVARTUPLE = 8;
    /** {@code Generic[*params]} for a generic class. */
    public static final int SUBSCRIPT_GENERIC = 9;
    /** {@code typing.TypeAliasType(name, type_params, compute_value)}. */
    public static final int TYPEALIAS = 10;

    // Two arguments.
    /** Combines the exceptions raised in {@code except*} clauses into the one to re-raise. */
    public static final int PREP_RERAISE_STAR = 1;
    /** {@code TypeVar(name, bound=...)}. */
    public static final int TYPEVAR_WITH_BOUND = 2;
    /** {@code TypeVar(name, *constraints)}. */
    public static final int TYPEVAR_WITH_CONSTRAINTS = 3;
    /** Sets {@code __type_params__} on a function. */
    public static final int SET_FUNCTION_TYPE_PARAMS = 4;
    /** Sets a type parameter's default (3.13). */
    public static final int SET_TYPEPARAM_DEFAULT = 5;
}
