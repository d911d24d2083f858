package dev.taipan.objects;

import java.util.HashMap;
import java.util.Map;

/**
 * The special methods a type resolves ahead of time (CPython's type slots, {@code tp_*} and
 * {@code nb_*}), each named by its dunder.
 *
 * <p>Every {@link PyType} keeps one entry per slot: the object its MRO gives for the dunder (a
 * builtin method descriptor, a Python function, or any other callable), or {@code null}. Entries
 * are refilled whenever a type dict on the MRO changes, so {@link Abstract} reads them without
 * walking the MRO. Special methods are always found on the type, never on the instance.
 */
public enum Slot {
    // Object protocol
    REPR("__repr__"), STR("__str__"), HASH("__hash__"), BOOL("__bool__"), FORMAT("__format__"),
    CALL("__call__"), INIT("__init__"), DEL("__del__"),
    GETATTRIBUTE("__getattribute__"), GETATTR("__getattr__"), SETATTR("__setattr__"),
    DELATTR("__delattr__"), DIR("__dir__"),
    GET("__get__"), SET("__set__"), DELETE("__delete__"), SET_NAME("__set_name__"),
    // Comparison
    LT("__lt__"), LE("__le__"), EQ("__eq__"), NE("__ne__"), GT("__gt__"), GE("__ge__"),
    // Containers
    LEN("__len__"), LENGTH_HINT("__length_hint__"), GETITEM("__getitem__"),
    SETITEM("__setitem__"), DELITEM("__delitem__"), MISSING("__missing__"),
    CONTAINS("__contains__"), ITER("__iter__"), NEXT("__next__"), REVERSED("__reversed__"),
    // Numbers: conversions and unary
    INDEX("__index__"), INT("__int__"), FLOAT("__float__"), COMPLEX("__complex__"),
    BYTES("__bytes__"), NEG("__neg__"), POS("__pos__"), ABS("__abs__"), INVERT("__invert__"),
    ROUND("__round__"), TRUNC("__trunc__"), FLOOR("__floor__"), CEIL("__ceil__"),
    // Numbers: binary, reflected, in-place
    ADD("__add__"), RADD("__radd__"), IADD("__iadd__"),
    SUB("__sub__"), RSUB("__rsub__"), ISUB("__isub__"),
    MUL("__mul__"), RMUL("__rmul__"), IMUL("__imul__"),
    MATMUL("__matmul__"), RMATMUL("__rmatmul__"), IMATMUL("__imatmul__"),
    TRUEDIV("__truediv__"), RTRUEDIV("__rtruediv__"), ITRUEDIV("__itruediv__"),
    FLOORDIV("__floordiv__"), RFLOORDIV("__rfloordiv__"), IFLOORDIV("__ifloordiv__"),
    MOD("__mod__"), RMOD("__rmod__"), IMOD("__imod__"),
    DIVMOD("__divmod__"), RDIVMOD("__rdivmod__"),
    POW("__pow__"), RPOW("__rpow__"), IPOW("__ipow__"),
    LSHIFT("__lshift__"), RLSHIFT("__rlshift__"), ILSHIFT("__ilshift__"),
    RSHIFT("__rshift__"), RRSHIFT("__rrshift__"), IRSHIFT("__irshift__"),
    AND("__and__"), RAND("__rand__"), IAND("__iand__"),
    XOR("__xor__"), RXOR("__rxor__"), IXOR("__ixor__"),
    OR("__or__"), ROR("__ror__"), IOR("__ior__"),
    // Context managers and async
    ENTER("__enter__"), EXIT("__exit__"), AENTER("__aenter__"), AEXIT("__aexit__"),
    AWAIT("__await__"), AITER("__aiter__"), ANEXT("__anext__"),
    // Class-level hooks looked up on the metatype
    INSTANCECHECK("__instancecheck__"), SUBCLASSCHECK("__subclasscheck__");

    private static final Map<String, Slot> BY_NAME = new HashMap<>();

    static {
        for (Slot s : values()) {
            BY_NAME.put(s.dunder, s);
        }
    }

    private final String dunder;

    Slot(String dunder) {
        this.dunder = dunder;
    }

    /** Returns the special method's name, for example {@code "__add__"}. */
    public String dunder() {
        return dunder;
    }

    /**
     * Returns the slot for a dunder name.
     *
     * @param name an attribute name
     * @return the slot, or {@code null} if the name is not a slot
     */
    public static Slot forName(String name) {
        return BY_NAME.get(name);
    }
}
