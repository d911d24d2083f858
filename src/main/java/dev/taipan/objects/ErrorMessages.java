package dev.taipan.objects;

/**
 * The texts of the object model's error messages, as CPython 3.13 words them, in one place.
 *
 * <p>Formats use {@link String#format} conventions; {@code %.100s} truncates like CPython.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** A method descriptor applied to the wrong kind of object. */
    public static final String DESCR_DOESNT_APPLY =
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object";
    /** A binary operator with no implementation for its operand types. */
    public static final String UNSUPPORTED_BINOP =
            "unsupported operand type(s) for %s: '%.100s' and '%.100s'";
    /** {@code pow} with three operands and no implementation. */
    public static final String UNSUPPORTED_TERNARY =
            "unsupported operand type(s) for ** or pow(): '%.100s', '%.100s', '%.100s'";
    /** A unary operator with no implementation. */
    public static final String BAD_UNARY = "bad operand type for %s: '%.200s'";
    /** An ordering comparison with no implementation. */
    public static final String COMPARE_NOT_SUPPORTED =
            "'%s' not supported between instances of '%.100s' and '%.100s'";
    /** Subscription of an object without {@code __getitem__}. */
    public static final String NOT_SUBSCRIPTABLE = "'%.200s' object is not subscriptable";
    /** Item assignment without {@code __setitem__}. */
    public static final String NO_ITEM_ASSIGNMENT =
            "'%.200s' object does not support item assignment";
    /** Item deletion without {@code __delitem__}. */
    public static final String NO_ITEM_DELETION = "'%.200s' object does not support item deletion";
    /** Missing attribute on an instance. */
    public static final String NO_ATTRIBUTE = "'%.100s' object has no attribute '%s'";
    /** Missing attribute on a type. */
    public static final String TYPE_NO_ATTRIBUTE = "type object '%.100s' has no attribute '%s'";
    /** Assignment to an attribute of an object without a writable one. */
    public static final String NO_ATTRIBUTE_READONLY =
            "'%.100s' object has no attribute '%s' and no __dict__ for setting new attributes";
    /** Setting an attribute of a builtin type. */
    public static final String IMMUTABLE_TYPE_ATTR = "cannot %s '%s' attribute of immutable type '%s'";
    /** Hashing an unhashable object. */
    public static final String UNHASHABLE = "unhashable type: '%.200s'";
    /** Iterating over a non-iterable. */
    public static final String NOT_ITERABLE = "'%.200s' object is not iterable";
    /** {@code next()} on a non-iterator. */
    public static final String NOT_AN_ITERATOR = "'%.200s' object is not an iterator";
    /** Calling a non-callable. */
    public static final String NOT_CALLABLE = "'%.200s' object is not callable";
    /** {@code len()} of an object without one. */
    public static final String NO_LEN = "object of type '%.200s' has no len()";
    /** An object used as an integer without {@code __index__}. */
    public static final String NOT_INDEX = "'%.200s' object cannot be interpreted as an integer";
    /** An index too big for a machine integer. */
    public static final String INDEX_TOO_BIG = "cannot fit '%.200s' into an index-sized integer";
    /** {@code in} on an object that does not support it. */
    public static final String NOT_CONTAINER = "argument of type '%.200s' is not iterable";
    /** Integer division or modulo by zero. */
    public static final String INT_DIV_ZERO = "integer division or modulo by zero";
    /** Integer true division or float division by zero (3.13 wording). */
    public static final String DIV_ZERO = "division by zero";
    /** Float modulo by zero. */
    public static final String FLOAT_MOD_ZERO = "float modulo by zero";
    /** Float floor division by zero. */
    public static final String FLOAT_FLOORDIV_ZERO = "float floor division by zero";
    /** Float divmod by zero. */
    public static final String FLOAT_DIVMOD_ZERO = "float divmod()";
    /** Result of {@code __len__} that is negative. */
    public static final String LEN_NEGATIVE = "__len__() should return >= 0";
    /** Too big for Py_ssize_t. */
    public static final String INT_TOO_LARGE_SSIZE = "Python int too large to convert to C ssize_t";
    /** Too big for C long. */
    public static final String INT_TOO_LARGE_LONG = "Python int too large to convert to C long";
}
