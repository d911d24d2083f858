/**
 * Native standard-library modules written in Java: one class per module ({@link
 * dev.taipan.modules.MathModule}, {@link dev.taipan.modules.OperatorModule}, {@link
 * dev.taipan.modules.ImportlibModule}, {@link dev.taipan.modules.JsonModule}, {@link
 * dev.taipan.modules.TimeModule}, {@link dev.taipan.modules.RandomModule} ({@code _random}, whose
 * {@link dev.taipan.modules.MersenneTwister} the bundled {@code random.py} builds on)), with helper classes
 * beside them where a module is too large for one file ({@code MathIntegers}, {@code MathSums},
 * {@code MathSpecial}, {@code JsonEncoder}, {@code JsonScanner}, ...).
 *
 * <p>Adding a module:
 * <ol>
 *   <li>Write {@code FooModule extends PyModule} with a {@code static final MethodHandles.Lookup
 *       LOOKUP}; annotate each function with {@link dev.taipan.objects.expose.PyFunction} (static,
 *       or an instance method when it needs the interpreter kept in a field) and call
 *       {@link dev.taipan.objects.expose.ModuleExposer#expose} from the constructor; put
 *       constants and types with {@code put}.</li>
 *   <li>Add one line to {@link dev.taipan.modules.StandardModules#all()}.</li>
 *   <li>Add {@code FooModuleTest} here and a script test under {@code src/test/python/modules}.</li>
 * </ol>
 * Modules hold no mutable static state: anything mutable lives in the module object, which is
 * made once per interpreter. Types defined by a module (for example {@code operator.itemgetter})
 * are immutable and may be shared.
 */
package dev.taipan.modules;
