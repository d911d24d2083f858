package dev.taipan.builtins;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.NativeModule;
import dev.taipan.interp.PyModule;

/**
 * The {@code builtins} module's definition: register it with every {@link Interpreter}
 * ({@code new Interpreter(List.of(new Builtins(), ...), ...)}). Each interpreter gets its own
 * {@link BuiltinsModule}.
 */
public final class Builtins implements NativeModule {
    /** Creates the definition; it holds no state. */
    public Builtins() {
    }

    @Override
    public String name() {
        return "builtins";
    }

    @Override
    public PyModule create(Interpreter interp) {
        return new BuiltinsModule(interp);
    }
}
