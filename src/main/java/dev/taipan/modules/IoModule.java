package dev.taipan.modules;

import dev.taipan.builtins.FileTypes;
import dev.taipan.interp.PyModule;
import dev.taipan.interp.TextStream;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code _io} module under the bundled {@code io.py}: the in-memory streams
 * {@link PyStringIO} and {@link PyBytesIO}, the file types of {@code open()}, the type of the
 * standard streams, and {@code UnsupportedOperation}.
 */
// CPython: Modules/_io/_iomodule.c
public final class IoModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final int DEFAULT_BUFFER_SIZE = 8192;

    /** Creates the module with its types and constants. */
    public IoModule() {
        super("_io");
        ModuleExposer.expose(this, IoModule.class, LOOKUP, this::put);
        put("StringIO", PyStringIO.TYPE);
        put("BytesIO", PyBytesIO.TYPE);
        put("FileIO", FileTypes.fileIO());
        put("BufferedReader", FileTypes.bufferedReader());
        put("BufferedWriter", FileTypes.bufferedWriter());
        put("BufferedRandom", FileTypes.bufferedRandom());
        put("TextIOWrapper", FileTypes.textIOWrapper());
        put("_StandardStream", TextStream.TYPE);
        put("UnsupportedOperation", unsupportedOperation());
        put("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
    }

    /** The type {@code io.UnsupportedOperation}. */
    static PyType unsupportedOperation() {
        return FileTypes.unsupportedOperation();
    }

    /** {@code text_encoding(encoding, stacklevel=2)}: the encoding text files get when none is given. */
    @PyFunction
    static PyObject text_encoding(PyObject encoding, @Default("2") int stacklevel) {
        return encoding == PyNone.NONE ? PyStr.of("utf-8") : encoding;
    }
}
