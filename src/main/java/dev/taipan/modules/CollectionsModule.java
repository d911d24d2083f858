package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.PyDeque;
import dev.taipan.objects.PyStr;

/**
 * The {@code _collections} module: the native {@code deque} that {@code collections}
 * re-exports (its other types are written in Python there).
 */
// CPython: Modules/_collectionsmodule.c
public final class CollectionsModule extends PyModule {
    /** Creates the module. */
    public CollectionsModule() {
        super("_collections");
        put("__doc__", PyStr.of("High performance data structures."));
        put("deque", PyDeque.TYPE);
    }
}
