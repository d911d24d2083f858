package dev.taipan.objects;

/**
 * A callable found in a type dict that, called with the instance prepended to its arguments,
 * does what the bound method would (CPython's {@code Py_TPFLAGS_METHOD_DESCRIPTOR}).
 *
 * <p>Slot calls and method calls use this to skip creating a bound method. Builtin method
 * descriptors implement it; the interpreter's Python function class implements it too, which
 * is how special methods written in Python reach the object model without {@code objects}
 * importing the interpreter.
 */
public interface UnboundMethod {
}
