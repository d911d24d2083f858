package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.PyStr;

/**
 * The {@code array} module: {@link PyArray}, compact sequences of one C numeric or character
 * type, and {@code typecodes}.
 */
// CPython: Modules/arraymodule.c
public final class ArrayModule extends PyModule {
    /** Creates the module with its types. */
    public ArrayModule() {
        super("array");
        put("array", PyArray.TYPE);
        put("ArrayType", PyArray.TYPE);
        put("typecodes", PyStr.of(ArrayCodes.TYPECODES));
    }
}
