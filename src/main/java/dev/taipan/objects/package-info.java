/**
 * The object model: every Python value, every builtin type, and the generic operations on them.
 *
 * <h2>Values and types</h2>
 * <ul>
 *   <li>Every Python value is a Java object extending {@link dev.taipan.objects.PyObject};
 *       {@code getType()} is O(1). Builtin types are Java classes ({@link dev.taipan.objects.PyInt},
 *       {@link dev.taipan.objects.PyStr}, ...), each with a {@code public static final PyType TYPE}.
 *       Exact-type checks are {@code o.getClass() == PyList.class} or
 *       {@code o.getType() == PyList.TYPE}.</li>
 *   <li>Instances of Python classes based on {@code object} are
 *       {@link dev.taipan.objects.PyInstance} (type, {@code __dict__}, {@code __slots__} values).
 *       Instances of Python subclasses of a builtin are the builtin's nested {@code Derived}
 *       Java subclass (carrying type and dict), made by the builtin's {@code __new__} when
 *       {@code cls} is not the builtin itself. Exceptions are all
 *       {@link dev.taipan.objects.PyBaseException}, which carries its type.</li>
 *   <li>{@link dev.taipan.objects.PyType} holds name, bases, C3 MRO, a
 *       {@link dev.taipan.objects.TypeDict} (copy-on-write, lock-free reads), flags, a slot
 *       table and a version tag. Any change to a type dict gives the type and all its
 *       subclasses new version tags and refreshes their slots. {@code lookup(name)} caches per
 *       version; inline caches should key on {@code getVersionTag()} the same way.</li>
 *   <li>Special methods are found on the type only, through
 *       {@link dev.taipan.objects.PyType#slot(Slot)}: each {@link dev.taipan.objects.Slot}
 *       entry is whatever the MRO gives for that dunder (a builtin method descriptor, a Python
 *       function, or any callable), called by {@link dev.taipan.objects.Slots}.</li>
 * </ul>
 *
 * <h2>Calling, and what the interpreter must provide</h2>
 * <ul>
 *   <li>Calls use the vectorcall shape {@code call(PyObject[] args, String[] kwnames)} plus
 *       the non-allocating shapes {@code call()}, {@code call(a)}, {@code call(a, b)},
 *       {@code call(a, b, c)}. The interpreter's function class extends {@code PyObject},
 *       overrides these, implements {@link dev.taipan.objects.UnboundMethod} (so slot and
 *       method calls pass self without a bound method), and exposes {@code __get__} returning
 *       a {@link dev.taipan.objects.PyBoundMethod}. That is the whole interface: the object
 *       model never imports the interpreter.</li>
 *   <li>{@link dev.taipan.objects.Abstract#lookupMethod} is CPython's {@code _PyObject_GetMethod}
 *       for {@code LOAD_ATTR} with the method flag.</li>
 *   <li>Each thread running Python installs {@link dev.taipan.objects.ThreadContext} (the
 *       calling frame's module name, for {@code type(name, bases, ns)}'s {@code __module__}).</li>
 *   <li>Builtin special methods that stand for CPython type slots show as
 *       {@code wrapper_descriptor} / {@code method-wrapper}; all other builtin methods as
 *       {@code method_descriptor} / {@code builtin_function_or_method}.</li>
 *   <li>Class creation is {@code metatype(name, bases, ns, **kw)}; {@code type.__new__} is
 *       {@link dev.taipan.objects.TypeFactory#newType}, which runs {@code __set_name__} and
 *       {@code __init_subclass__}. The interpreter supplies {@code __module__}/{@code __qualname__}
 *       in the namespace, the {@code __class__} cell, and {@code super} (the interpreter's
 *       {@code PySuper}, which needs the calling frame).</li>
 *   <li>Python exceptions travel as {@link dev.taipan.objects.PyException} (no Java stack
 *       trace) wrapping a {@link dev.taipan.objects.PyBaseException}; raise them with
 *       {@link dev.taipan.objects.Errors} and the texts in
 *       {@link dev.taipan.objects.ErrorMessages}. Iteration from Java uses
 *       {@link dev.taipan.objects.Abstract#next}, which returns {@code null} at the end instead of
 *       raising StopIteration. {@code __traceback__} accepts objects whose type is named
 *       {@code traceback} (the interpreter's).</li>
 * </ul>
 *
 * <h2>State and threads</h2>
 * No mutable static state: the builtin types are immutable after class initialization, and
 * {@link dev.taipan.objects.BuiltinTypes#ALL} should be touched once at startup so that all of
 * them are initialized in one order on one thread. Two per-JVM things are deliberate: the
 * version-tag counter (an identity source) and the per-thread repr recursion set.
 * {@code list}, {@code dict} and {@code set} keep their whole state behind one field or
 * replace arrays on growth, so per-object locks can wrap their mutators later while reads stay
 * lock-free; no locking is done yet.
 *
 * <h2>Adding a builtin type (the checklist)</h2>
 * <ol>
 *   <li>A Java class extending {@code PyObject} (or a builtin), annotated
 *       {@code @PyClass(name = "...")}, with {@code static final MethodHandles.Lookup LOOKUP}
 *       declared before {@code public static final PyType TYPE = PyType.fromClass(X.class,
 *       LOOKUP)}; declare every other static field before {@code TYPE} too.</li>
 *   <li>Methods named as in Python with {@link dev.taipan.objects.expose.PyMethod} and friends
 *       (see {@link dev.taipan.objects.expose}); binary methods return NotImplemented for
 *       operands they do not handle; long method sets go into helper classes listed in
 *       {@code @PyClass(methods = ...)}.</li>
 *   <li>If Python may subclass it: a nested {@code Derived} subclass and a {@code __new__}
 *       that makes one when {@code cls != TYPE}.</li>
 *   <li>One line in {@link dev.taipan.objects.BuiltinTypes}, and tests; the registry test
 *       checks names, dunders and slots.</li>
 * </ol>
 */
package dev.taipan.objects;
