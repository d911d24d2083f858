/**
 * Native standard-library modules written in Java: one class per module ({@link
 * dev.taipan.modules.MathModule}, {@link dev.taipan.modules.OperatorModule}, {@link
 * dev.taipan.modules.ImportlibModule}, {@link dev.taipan.modules.JsonModule}, {@link
 * dev.taipan.modules.TimeModule}, {@link dev.taipan.modules.RandomModule} ({@code _random}, whose
 * {@link dev.taipan.modules.MersenneTwister} the bundled {@code random.py} builds on)), with helper classes
 * beside them where a module is too large for one file ({@code MathIntegers}, {@code MathSums},
 * {@code MathSpecial}, {@code JsonEncoder}, {@code JsonScanner}, ...).
 *
 * <p>The binary-data modules: {@link dev.taipan.modules.StructModule} (with {@link
 * dev.taipan.modules.PyStruct}), {@link dev.taipan.modules.BinasciiModule} (under the bundled
 * {@code base64.py}), {@link dev.taipan.modules.HashlibModule}, {@link
 * dev.taipan.modules.ZlibModule} (under {@code gzip.py}), and {@link dev.taipan.modules.IoModule}
 * ({@code _io}: {@link dev.taipan.modules.PyStringIO}, {@link dev.taipan.modules.PyBytesIO}),
 * under the bundled {@code io.py}, which defines the abstract I/O classes.
 *
 * <p>Introspection: {@link dev.taipan.modules.WeakrefModule} ({@code _weakref}: the per-interpreter
 * table of weak referents, {@code WeakReferents}, and {@link
 * dev.taipan.modules.WeakHandle}) under the bundled {@code weakref.py}; {@link
 * dev.taipan.modules.GcModule} ({@code gc}); {@link dev.taipan.modules.TracebackModule}
 * ({@code _traceback}: source lines, instruction positions and frame formatting from the
 * interpreter's traceback printer) under the bundled {@code traceback.py}, {@code linecache.py}
 * and {@code inspect.py}.
 *
 * <p>Text and time: {@link dev.taipan.modules.SreModule} ({@code _sre}, over the regex engine of
 * {@link dev.taipan.modules.regex}) under {@code re.py}; {@link dev.taipan.modules.TimeModule}
 * with {@code TimeFields}, {@code Strftime} and {@link dev.taipan.modules.StrptimeModule} under
 * {@code datetime.py}; {@link dev.taipan.modules.ZoneinfoModule} ({@code _zoneinfo}, the JDK's zone
 * rules) under {@code zoneinfo}; {@code dev.taipan.modules.decimal} ({@code _decimal}) under
 * {@code decimal.py}; {@link dev.taipan.modules.CmathModule}.
 *
 * <p>Threads, files and the host: {@link dev.taipan.modules.ThreadModule} ({@code _thread}) under
 * {@code threading.py}, {@code queue.py} and {@code concurrent.futures};
 * {@link dev.taipan.modules.CollectionsModule} ({@code _collections}: the native deque) under
 * {@code collections}; {@link dev.taipan.modules.PosixModule} ({@code posix}, every call through
 * the interpreter's {@link dev.taipan.interp.FileSystemGate}) and {@link
 * dev.taipan.modules.ErrnoModule} under {@code os.py}, {@code pathlib}, {@code shutil},
 * {@code tempfile}; {@link dev.taipan.modules.Slf4jBridgeModule} ({@code _taipan_slf4j}), through
 * which {@code logging} forwards records to the host's SLF4J.
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
 * A function that can wait (a lock, a sleep, I/O) runs the wait through
 * {@link dev.taipan.interp.Blocking} so other Python threads run meanwhile, as {@code time.sleep}
 * and the {@code _thread} locks ({@link dev.taipan.modules.ThreadModule}) do.
 * Modules hold no mutable static state: anything mutable lives in the module object, which is
 * made once per interpreter. Types defined by a module (for example {@code operator.itemgetter})
 * are immutable and may be shared.
 */
package dev.taipan.modules;
