package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.interp.PyModule;

import java.util.List;
import java.util.function.Function;

/** The registry of the native standard-library modules this package provides. */
public final class StandardModules {
    private StandardModules() {
    }

    /** A native module defined by its name and a factory making it for one interpreter. */
    private record Def(String name, Function<Interpreter, PyModule> factory) implements NativeModule {
        @Override
        public PyModule create(Interpreter interp) {
            return factory.apply(interp);
        }
    }

    /**
     * Returns every module of this package, ready to hand to an {@link Interpreter}.
     *
     * @return the modules, in a fixed order
     */
    public static List<NativeModule> all() {
        return List.of(
                new Def("math", interp -> new MathModule()),
                new Def("cmath", interp -> new CmathModule()),
                new Def("operator", interp -> new OperatorModule()),
                new Def("importlib", ImportlibModule::new),
                new Def("json", interp -> new JsonModule()),
                new Def("time", TimeModule::new),
                new Def("_strptime", interp -> new StrptimeModule(
                        interp.importModule("time") instanceof TimeModule t ? t : new TimeModule(interp))),
                new Def("_random", interp -> new RandomModule()),
                new Def("_decimal", interp -> new dev.taipan.modules.decimal.DecimalModule()),
                new Def("_sre", interp -> new SreModule()),
                new Def("_thread", ThreadModule::new),
                new Def("_collections", interp -> new CollectionsModule()),
                new Def("_weakref", WeakrefModule::new),
                new Def("gc", GcModule::new),
                new Def(Slf4jBridgeModule.NAME, Slf4jBridgeModule::new),
                new Def("_traceback", TracebackModule::new),
                new Def("struct", interp -> new StructModule()),
                new Def("binascii", interp -> new BinasciiModule()),
                new Def("hashlib", interp -> new HashlibModule()),
                new Def("_io", interp -> new IoModule()),
                new Def("posix", PosixModule::new),
                new Def("errno", interp -> new ErrnoModule()),
                new Def("zlib", interp -> new ZlibModule()),
                new Def("atexit", AtexitModule::new),
                new Def("array", interp -> new ArrayModule()),
                new Def("_csv", interp -> new CsvModule()),
                new Def("_zoneinfo", interp -> new ZoneinfoModule()));
    }
}
