package dev.taipan.modules;

import dev.taipan.interp.PyModule;

/**
 * The {@code _csv} module: the parsing and formatting engines ({@link CsvParser},
 * {@link CsvFormatter}) under the pure-Python {@code csv} module, which keeps the dialects,
 * the reader and writer objects and their validation.
 */
// CPython: Modules/_csv.c
public final class CsvModule extends PyModule {
    /** Creates the module with its types. */
    public CsvModule() {
        super("_csv");
        put("Parser", CsvParser.TYPE);
        put("Formatter", CsvFormatter.TYPE);
    }
}
