package dev.taipan.code;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The instruction set: the one table of opcodes. Each constant is an opcode number (dense from
 * 0), its {@link Op} annotation gives the stack effect, its family and what its argument means,
 * and the comment beside it says what it does. The disassembler, the stack-depth computation and
 * the tests read this table; nothing else lists opcodes.
 *
 * <p>An instruction is one {@code int}: the opcode in the low 8 bits, the argument in the high
 * 24 ({@link #word}). Jump arguments are absolute instruction indexes. Where the design follows
 * CPython 3.13, names and stack effects are CPython's; {@code NULL} is a Java {@code null} slot
 * that marks "no self" in the call protocol.
 *
 * <p>To add an opcode: add a constant here with the next free number and its {@link Op}, teach
 * the compiler to emit it and the eval loop to run it (a case of at most a few lines, the rest
 * in a helper), and add a test that runs it.
 */
public final class Opcode {
    private Opcode() {
    }

    // ---- stack and constants -------------------------------------------------------------
    @Op("( -- )") public static final int NOP = 0;                                     // does nothing
    @Op("(value -- )") public static final int POP_TOP = 1;                            // drops the top
    @Op("( -- null)") public static final int PUSH_NULL = 2;                           // pushes NULL
    @Op(value = "(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)") public static final int COPY = 3; // pushes a copy of the oparg-th item
    @Op("(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)") public static final int SWAP = 4; // swaps top and oparg-th item
    @Op(value = "( -- value)", arg = "const") public static final int LOAD_CONST = 5;   // pushes consts[oparg]
    @Op("(retval -- )") public static final int RETURN_VALUE = 6;                      // returns the top from the frame
    @Op(value = "( -- )", arg = "const") public static final int RETURN_CONST = 7;     // returns consts[oparg]

    // ---- local, cell, global and name variables ------------------------------------------
    @Op(value = "( -- value)", arg = "local") public static final int LOAD_FAST = 8;    // pushes a local; UnboundLocalError if unset
    @Op(value = "(value -- )", arg = "local") public static final int STORE_FAST = 9;   // sets a local; a NULL value unsets it (restoring after an inlined comprehension)
    @Op(value = "( -- )", arg = "local") public static final int DELETE_FAST = 10;      // unsets a local; UnboundLocalError if unset
    @Op(value = "( -- value)", arg = "local") public static final int LOAD_FAST_AND_CLEAR = 11; // pushes a local or NULL, then unsets it
    @Op(value = "( -- value)", arg = "cell") public static final int LOAD_DEREF = 12;   // pushes the content of cell oparg
    @Op(value = "(value -- )", arg = "cell") public static final int STORE_DEREF = 13;  // sets the content of cell oparg
    @Op(value = "( -- )", arg = "cell") public static final int DELETE_DEREF = 14;      // empties cell oparg
    @Op(value = "( -- value)", arg = "cell") public static final int LOAD_CLOSURE = 15; // pushes cell oparg itself (for MAKE_FUNCTION's closure)
    @Op(value = "( -- )", arg = "cell") public static final int MAKE_CELL = 16;         // wraps local oparg in a new cell
    @Op(value = "( -- )") public static final int COPY_FREE_VARS = 17;                  // copies the function's closure cells into the frame
    @Op(value = "( -- value)", arg = "name") public static final int LOAD_NAME = 18;    // locals, then globals, then builtins
    @Op(value = "(value -- )", arg = "name") public static final int STORE_NAME = 19;   // locals[name] = value
    @Op(value = "( -- )", arg = "name") public static final int DELETE_NAME = 20;       // del locals[name]
    @Op(value = "( -- value)", arg = "name") public static final int LOAD_GLOBAL = 21;  // globals, then builtins
    @Op(value = "(value -- )", arg = "name") public static final int STORE_GLOBAL = 22; // globals[name] = value
    @Op(value = "( -- )", arg = "name") public static final int DELETE_GLOBAL = 23;     // del globals[name]
    @Op(value = "(mapping -- value)", arg = "name") public static final int LOAD_FROM_DICT_OR_GLOBALS = 24; // class-body lookup through a mapping
    @Op(value = "(mapping -- value)", arg = "cell") public static final int LOAD_FROM_DICT_OR_DEREF = 25;   // class-body lookup of a free variable
    @Op("( -- locals)") public static final int LOAD_LOCALS = 26;                       // pushes the frame's locals mapping

    // ---- attributes -----------------------------------------------------------------------
    @Op(value = "(owner -- attr)", arg = "name") public static final int LOAD_ATTR = 27;          // getattr(owner, name)
    @Op(value = "(owner -- method, self_or_null)", arg = "name") public static final int LOAD_METHOD = 28; // unbound method and owner, or attr and NULL
    @Op(value = "(value, owner -- )", arg = "name") public static final int STORE_ATTR = 29;      // setattr(owner, name, value)
    @Op(value = "(owner -- )", arg = "name") public static final int DELETE_ATTR = 30;            // delattr(owner, name)
    @Op(value = "(global_super, class, self -- attr, self_or_null[oparg & 1])", arg = "name") public static final int LOAD_SUPER_ATTR = 31; // super(class, self).name; name index oparg >> 2, bit 0: method form pushing (attr, self_or_null), bit 1: two-argument super()

    // ---- operators --------------------------------------------------------------------------
    @Op(value = "(lhs, rhs -- res)", arg = "op") public static final int BINARY_OP = 32;   // lhs <op> rhs, oparg a BinaryOps number (in-place forms included)
    @Op("(value -- res)") public static final int UNARY_NEGATIVE = 33;                   // -value
    @Op("(value -- res)") public static final int UNARY_POSITIVE = 34;                   // +value
    @Op("(value -- res)") public static final int UNARY_INVERT = 35;                     // ~value
    @Op("(value -- res)") public static final int UNARY_NOT = 36;                        // not value (value is a bool)
    @Op("(value -- res)") public static final int TO_BOOL = 37;                          // bool(value)
    @Op(value = "(left, right -- res)", arg = "cmp") public static final int COMPARE_OP = 38; // rich comparison, oparg a CompareOps number
    @Op("(left, right -- res)") public static final int IS_OP = 39;                      // left is right; oparg 1: is not
    @Op("(left, right -- res)") public static final int CONTAINS_OP = 40;                // left in right; oparg 1: not in

    // ---- subscripts and slices --------------------------------------------------------------
    @Op("(container, sub -- res)") public static final int BINARY_SUBSCR = 41;                 // container[sub]
    @Op("(v, container, sub -- )") public static final int STORE_SUBSCR = 42;                 // container[sub] = v
    @Op("(container, sub -- )") public static final int DELETE_SUBSCR = 43;                   // del container[sub]
    @Op("(container, start, stop -- res)") public static final int BINARY_SLICE = 44;         // container[start:stop]
    @Op("(v, container, start, stop -- )") public static final int STORE_SLICE = 45;          // container[start:stop] = v
    @Op("(start, stop, step[oparg == 3] -- slice)") public static final int BUILD_SLICE = 46; // slice(start, stop[, step])

    // ---- building containers ----------------------------------------------------------------
    @Op("(values[oparg] -- tup)") public static final int BUILD_TUPLE = 47;
    @Op("(values[oparg] -- list)") public static final int BUILD_LIST = 48;
    @Op("(values[oparg] -- set)") public static final int BUILD_SET = 49;
    @Op("(values[oparg*2] -- map)") public static final int BUILD_MAP = 50;                  // key, value pairs
    @Op("(values[oparg], keys -- map)") public static final int BUILD_CONST_KEY_MAP = 51;    // keys is a tuple constant
    @Op("(pieces[oparg] -- str)") public static final int BUILD_STRING = 52;                 // concatenates oparg strs
    @Op("(list, unused[oparg-1], v -- list, unused[oparg-1])") public static final int LIST_APPEND = 53;
    @Op("(set, unused[oparg-1], v -- set, unused[oparg-1])") public static final int SET_ADD = 54;
    @Op("(dict, unused[oparg-1], key, value -- dict, unused[oparg-1])") public static final int MAP_ADD = 55;
    @Op("(list, unused[oparg-1], iterable -- list, unused[oparg-1])") public static final int LIST_EXTEND = 56;
    @Op("(set, unused[oparg-1], iterable -- set, unused[oparg-1])") public static final int SET_UPDATE = 57;
    @Op("(dict, unused[oparg-1], update -- dict, unused[oparg-1])") public static final int DICT_UPDATE = 58;  // {**a}
    @Op("(callable, unused, unused, dict, unused[oparg-1], update -- callable, unused, unused, dict, unused[oparg-1])")
    public static final int DICT_MERGE = 59;                                                 // f(**a): duplicate keys are an error naming callable

    // ---- f-strings --------------------------------------------------------------------------
    @Op("(value -- result)") public static final int CONVERT_VALUE = 60;          // oparg 1 str(), 2 repr(), 3 ascii()
    @Op("(value -- res)") public static final int FORMAT_SIMPLE = 61;             // format(value, '')
    @Op("(value, fmt_spec -- res)") public static final int FORMAT_WITH_SPEC = 62; // format(value, fmt_spec)

    // ---- control flow -----------------------------------------------------------------------
    @Op(value = "( -- )", jump = true) public static final int JUMP = 63;                          // goes to oparg (a backward jump is a safe point)
    @Op(value = "(cond -- )", jump = true) public static final int POP_JUMP_IF_FALSE = 64;         // cond is a bool
    @Op(value = "(cond -- )", jump = true) public static final int POP_JUMP_IF_TRUE = 65;          // cond is a bool
    @Op(value = "(value -- )", jump = true) public static final int POP_JUMP_IF_NONE = 66;
    @Op(value = "(value -- )", jump = true) public static final int POP_JUMP_IF_NOT_NONE = 67;
    @Op("(iterable -- iter)") public static final int GET_ITER = 68;                                // iter(iterable)
    @Op(value = "(iter -- iter, next)", branch = "(iter -- )", jump = true) public static final int FOR_ITER = 69; // next(iter); when exhausted pops iter and goes to oparg
    @Op("( -- )") public static final int RESUME = 70;                                              // a safe point at a function's start and after a yield

    // ---- calls and functions ----------------------------------------------------------------
    @Op("(callable, self_or_null, args[oparg] -- res)") public static final int CALL = 71;
    @Op("(callable, self_or_null, args[oparg], kwnames -- res)") public static final int CALL_KW = 72; // the last len(kwnames) args are keywords
    @Op("(callable, self_or_null, callargs, kwargs[oparg & 1] -- res)") public static final int CALL_FUNCTION_EX = 73;
    @Op("(arg -- res)") public static final int CALL_INTRINSIC_1 = 74;                              // oparg an Intrinsics number
    @Op("(arg1, arg2 -- res)") public static final int CALL_INTRINSIC_2 = 75;
    @Op("(code -- func)") public static final int MAKE_FUNCTION = 76;                                // a function over the frame's globals
    @Op("(attr, func -- func)") public static final int SET_FUNCTION_ATTRIBUTE = 77;                 // oparg 1 defaults, 2 kwdefaults, 4 annotations, 8 closure, 16 type params
    @Op("( -- bc)") public static final int LOAD_BUILD_CLASS = 78;                                   // builtins.__build_class__

    // ---- exceptions -------------------------------------------------------------------------
    @Op("(args[oparg] -- )") public static final int RAISE_VARARGS = 79;        // 0: re-raise, 1: raise exc, 2: raise exc from cause
    @Op("(values[oparg], exc -- values[oparg])") public static final int RERAISE = 80; // re-raises exc; oparg 1: restore lasti from values[0]
    @Op("(exc -- prev_exc, exc)") public static final int PUSH_EXC_INFO = 81;   // makes exc the handled exception, saving the previous one
    @Op("(prev_exc -- )") public static final int POP_EXCEPT = 82;              // restores the previously handled exception
    @Op("(exc, type -- exc, res)") public static final int CHECK_EXC_MATCH = 83;
    @Op("(exc, type -- rest, match)") public static final int CHECK_EG_MATCH = 84; // except* split
    @Op("( -- error)") public static final int LOAD_ASSERTION_ERROR = 85;
    @Op("(mgr -- exit, res)") public static final int BEFORE_WITH = 86;           // exit = bound __exit__, res = mgr.__enter__()
    @Op("(exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res)") public static final int WITH_EXCEPT_START = 87;
    @Op("(mgr -- exit, res)") public static final int BEFORE_ASYNC_WITH = 88;     // res = awaitable of __aenter__()

    // ---- generators and coroutines ----------------------------------------------------------
    @Op("( -- res)") public static final int RETURN_GENERATOR = 89;               // turns the frame into a generator/coroutine and returns it; on the first resumption res is the value sent (None), which POP_TOP drops
    @Op("(retval -- value)") public static final int YIELD_VALUE = 90;            // suspends; value is what the caller sends back
    @Op(value = "(receiver, v -- receiver, retval)", jump = true) public static final int SEND = 91; // retval = receiver.send(v) (or next()), then falls through; on StopIteration retval is its value and it goes to oparg (an END_SEND)
    @Op("(receiver, value -- value)") public static final int END_SEND = 92;
    @Op("(iterable -- iter)") public static final int GET_YIELD_FROM_ITER = 93;
    @Op("(iterable -- iter)") public static final int GET_AWAITABLE = 94;         // oparg says where (for the error message)
    @Op("(aiterable -- aiter)") public static final int GET_AITER = 95;
    @Op("(aiter -- aiter, awaitable)") public static final int GET_ANEXT = 96;
    @Op("(awaitable, exc -- )") public static final int END_ASYNC_FOR = 97;       // StopAsyncIteration ends the loop, anything else re-raises
    @Op("(sub_iter, last_sent_val, exc_value -- none, value)") public static final int CLEANUP_THROW = 98;

    // ---- imports ----------------------------------------------------------------------------
    @Op(value = "(level, fromlist -- res)", arg = "name") public static final int IMPORT_NAME = 99;
    @Op(value = "(from -- from, res)", arg = "name") public static final int IMPORT_FROM = 100;

    // ---- unpacking --------------------------------------------------------------------------
    @Op("(seq -- values[oparg])") public static final int UNPACK_SEQUENCE = 101;  // pushes in reverse, first item on top
    @Op("(seq -- values[(oparg & 0xFF) + 1 + (oparg >> 8)])") public static final int UNPACK_EX = 102; // a, *b, c

    // ---- classes and annotations ------------------------------------------------------------
    @Op("( -- )") public static final int SETUP_ANNOTATIONS = 103;                // creates __annotations__ in locals if missing

    // ---- pattern matching -------------------------------------------------------------------
    @Op("(subject, type, names -- attrs_or_none)") public static final int MATCH_CLASS = 104; // oparg positional patterns
    @Op("(subject -- subject, res)") public static final int MATCH_MAPPING = 105;
    @Op("(subject -- subject, res)") public static final int MATCH_SEQUENCE = 106;
    @Op("(subject, keys -- subject, keys, values_or_none)") public static final int MATCH_KEYS = 107;
    @Op("(obj -- obj, len)") public static final int GET_LEN = 108;

    // ---- specialized forms (PEP 659) ----------------------------------------------------------
    // Never emitted by the compiler: a generic instruction rewrites itself into one of these in an
    // engine's private copy of the instructions once it has seen the same operand types a few
    // times, and back when the guard keeps failing. Each has its family's stack effect.
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_ADD_INT = 109;   // exact ints, + or +=
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_SUB_INT = 110;   // exact ints, - or -=
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_MUL_INT = 111;   // exact ints, * or *=
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_ADD_FLOAT = 112; // exact floats
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_SUB_FLOAT = 113; // exact floats
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_MUL_FLOAT = 114; // exact floats
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_ADD_STR = 115;   // exact strs, concatenation
    @Op(value = "(left, right -- res)", arg = "cmp", family = "COMPARE_OP") public static final int COMPARE_OP_INT = 116;   // exact ints
    @Op(value = "(left, right -- res)", arg = "cmp", family = "COMPARE_OP") public static final int COMPARE_OP_FLOAT = 117; // exact floats
    @Op(value = "(left, right -- res)", arg = "cmp", family = "COMPARE_OP") public static final int COMPARE_OP_STR = 118;   // exact strs
    @Op(value = "( -- value)", arg = "name", family = "LOAD_GLOBAL") public static final int LOAD_GLOBAL_MODULE = 119;  // cached entry of the globals, guarded by their keys version
    @Op(value = "( -- value)", arg = "name", family = "LOAD_GLOBAL") public static final int LOAD_GLOBAL_BUILTIN = 120; // cached entry of the builtins, guarded by both keys versions
    @Op(value = "(owner -- attr)", arg = "name", family = "LOAD_ATTR") public static final int LOAD_ATTR_INSTANCE_VALUE = 121; // instance dict, guarded by the type version
    @Op(value = "(owner -- method, self_or_null)", arg = "name", family = "LOAD_METHOD") public static final int LOAD_METHOD_WITH_VALUES = 122; // class method not shadowed by the instance dict
    @Op(value = "(owner -- method, self_or_null)", arg = "name", family = "LOAD_METHOD") public static final int LOAD_METHOD_NO_DICT = 123; // method of a type whose instances have no dict
    @Op(value = "(value, owner -- )", arg = "name", family = "STORE_ATTR") public static final int STORE_ATTR_INSTANCE_VALUE = 124; // instance dict, guarded by the type version
    @Op(value = "(callable, self_or_null, args[oparg] -- res)", family = "CALL") public static final int CALL_PY_EXACT_ARGS = 125; // Python function taking exactly these positional args
    @Op(value = "(iter -- iter, next)", branch = "(iter -- )", jump = true, family = "FOR_ITER") public static final int FOR_ITER_LIST = 126;  // list iterator
    @Op(value = "(iter -- iter, next)", branch = "(iter -- )", jump = true, family = "FOR_ITER") public static final int FOR_ITER_RANGE = 127; // range iterator
    @Op(value = "(container, sub -- res)", family = "BINARY_SUBSCR") public static final int BINARY_SUBSCR_LIST_INT = 128; // exact list, exact int index
    @Op(value = "(container, sub -- res)", family = "BINARY_SUBSCR") public static final int BINARY_SUBSCR_DICT = 129;     // exact dict
    @Op(value = "(lhs, rhs -- res)", arg = "op", family = "BINARY_OP") public static final int BINARY_OP_INT = 130; // exact ints, // % / & | ^ << >> (plain or in-place)
    @Op(value = "(owner -- method, self_or_null)", arg = "name", family = "LOAD_METHOD") public static final int LOAD_METHOD_INSTANCE_ATTR = 131; // a callable in the instance dict (a module's function), pushed with NULL

    private static final Info[] TABLE = buildTable();

    /**
     * What the table knows of one opcode.
     *
     * @param number  the opcode number
     * @param name    its name
     * @param effect  its stack effect, as written in {@link Op#value()}
     * @param family  the generic instruction it specializes, or "" when it is generic
     * @param jump    whether the argument is a jump target
     * @param argKind what the argument indexes, for the disassembler
     * @param branch  the stack effect when the jump is taken, where it differs from {@code effect}, else ""
     */
    public record Info(int number, String name, String effect, String family, boolean jump, String argKind,
                       String branch) {
    }

    /** Packs an opcode and its argument into one instruction word. */
    public static int word(int opcode, int arg) {
        return (arg << 8) | opcode;
    }

    /** The opcode of an instruction word. */
    public static int opcode(int word) {
        return word & 0xff;
    }

    /** The argument of an instruction word. */
    public static int arg(int word) {
        return word >>> 8;
    }

    /** The largest argument an instruction word can hold. */
    public static final int MAX_ARG = (1 << 24) - 1;

    /** Returns the table entry for an opcode number. */
    public static Info info(int opcode) {
        return TABLE[opcode];
    }

    /** Returns the opcode's name, as the disassembler prints it. */
    public static String name(int opcode) {
        return opcode < TABLE.length && TABLE[opcode] != null ? TABLE[opcode].name() : "<" + opcode + ">";
    }

    /** The number of opcodes. */
    public static int count() {
        return TABLE.length;
    }

    private static Info[] buildTable() {
        List<Info> infos = new ArrayList<>();
        for (Field field : Opcode.class.getDeclaredFields()) {
            Op op = field.getAnnotation(Op.class);
            if (op == null || !Modifier.isStatic(field.getModifiers()) || field.getType() != int.class) {
                continue;
            }
            try {
                infos.add(new Info(field.getInt(null), field.getName(), op.value(), op.family(), op.jump(), op.arg(),
                        op.branch()));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        Info[] table = new Info[infos.size()];
        for (Info info : infos) {
            if (info.number() < 0 || info.number() >= table.length || table[info.number()] != null) {
                throw new ExceptionInInitializerError("opcode numbers must be dense and unique: " + info);
            }
            table[info.number()] = info;
        }
        return table;
    }
}
