/**
 * The declarations that make Java classes into Python types, and the exposer that reads them.
 *
 * <p>{@link dev.taipan.objects.expose.PyClass} marks the class; members carry
 * {@link dev.taipan.objects.expose.PyMethod}, {@link dev.taipan.objects.expose.PyGetter} /
 * {@link dev.taipan.objects.expose.PySetter}, {@link dev.taipan.objects.expose.PyClassMethod},
 * {@link dev.taipan.objects.expose.PyStaticMethod} or {@link dev.taipan.objects.expose.PyNew}.
 * Parameters are positional-only unless named ({@link dev.taipan.objects.expose.Name}),
 * keyword-only with {@link dev.taipan.objects.expose.KwOnly}, optional with
 * {@link dev.taipan.objects.expose.Default} or {@link dev.taipan.objects.expose.Opt}, and
 * collect the rest with {@link dev.taipan.objects.expose.Args} /
 * {@link dev.taipan.objects.expose.Kwargs}. Arguments convert by declared Java type:
 * {@code PyObject} (or a subclass, type-checked), {@code int}/{@code long} via
 * {@code __index__}, {@code double} via {@code __float__}, {@code String} from {@code str},
 * {@code boolean} by truth; results likewise ({@code void} is None).
 *
 * <p>{@link dev.taipan.objects.expose.Exposer} reads each class once per JVM through the
 * class's own {@code MethodHandles.Lookup}, checks the declaration (order, known dunders, no
 * duplicates) and builds a {@link dev.taipan.objects.expose.JavaCall}: a
 * {@link dev.taipan.objects.expose.Signature} for binding with CPython's error texts, a spread
 * method handle for the general case and fixed-arity handles for calls with 0 to 3 positional
 * arguments, which allocate nothing.
 */
package dev.taipan.objects.expose;
