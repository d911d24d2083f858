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
                new Def("operator", interp -> new OperatorModule()),
                new Def("importlib", ImportlibModule::new),
                new Def("json", interp -> new JsonModule()),
                new Def("time", interp -> new TimeModule()),
                new Def("_random", interp -> new RandomModule()));
    }
}
