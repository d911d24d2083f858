package dev.taipan.interp.specialize;

import dev.taipan.code.Opcode;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

/**
 * {@code LOAD_GLOBAL}: a name found in the module globals, or absent there and found in the
 * builtins. The cache remembers the dicts, their keys versions and the entry holding the name;
 * a value rebound in place (same key) is read fresh each time, while adding or removing any key
 * of the dicts involved changes a version and fails the guard. The entry read also checks that
 * the key object is still the one cached, so even a stale version read never yields the value
 * of another name.
 */
public final class LoadGlobalFamily {
    private LoadGlobalFamily() {
    }

    /** The cache of {@code LOAD_GLOBAL_MODULE}. */
    record ModuleEntry(PyDict globals, int version, int index, PyObject key) {
    }

    /** The cache of {@code LOAD_GLOBAL_BUILTIN}. */
    record BuiltinEntry(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, int index,
                        PyObject key) {
    }

    /**
     * Tries to specialize generic {@code LOAD_GLOBAL} instruction {@code i} for {@code name}.
     *
     * @param ad       the adaptive state
     * @param i        the instruction index
     * @param globals  the frame's globals
     * @param builtins the frame's builtins
     * @param name     the name loaded
     */
    public static void specialize(Adaptive ad, int i, PyDict globals, PyDict builtins, PyStr name) {
        // Versions first: a change racing with the lookups below leaves a version that fails.
        int globalsVersion = globals.keysVersion();
        int builtinsVersion = builtins.keysVersion();
        int ix = globals.entryIndex(name);
        if (ix >= 0) {
            PyObject key = globals.keyAt(ix);
            if (key != null) {
                ad.rewrite(i, Opcode.LOAD_GLOBAL_MODULE, new ModuleEntry(globals, globalsVersion, ix, key),
                        Family.LOAD_GLOBAL);
                return;
            }
        } else {
            int bix = builtins.entryIndex(name);
            PyObject key = bix >= 0 ? builtins.keyAt(bix) : null;
            if (key != null) {
                ad.rewrite(i, Opcode.LOAD_GLOBAL_BUILTIN,
                        new BuiltinEntry(globals, globalsVersion, builtins, builtinsVersion, bix, key),
                        Family.LOAD_GLOBAL);
                return;
            }
        }
        ad.failed(i, Family.LOAD_GLOBAL);
    }

    /** {@code LOAD_GLOBAL_MODULE}: the value, or null after counting a miss (the caller looks it up). */
    public static PyObject module(Adaptive ad, int i, PyDict globals) {
        if (ad.cache(i) instanceof ModuleEntry e && e.globals == globals && globals.keysVersion() == e.version) {
            PyObject v = globals.valueIfKeyAt(e.index, e.key);
            if (v != null) {
                ad.hit(Family.LOAD_GLOBAL);
                return v;
            }
        }
        ad.miss(i, Family.LOAD_GLOBAL);
        return null;
    }

    /** {@code LOAD_GLOBAL_BUILTIN}: the value, or null after counting a miss (the caller looks it up). */
    public static PyObject builtin(Adaptive ad, int i, PyDict globals, PyDict builtins) {
        if (ad.cache(i) instanceof BuiltinEntry e && e.globals == globals && e.builtins == builtins
                && globals.keysVersion() == e.globalsVersion && builtins.keysVersion() == e.builtinsVersion) {
            PyObject v = builtins.valueIfKeyAt(e.index, e.key);
            if (v != null) {
                ad.hit(Family.LOAD_GLOBAL);
                return v;
            }
        }
        ad.miss(i, Family.LOAD_GLOBAL);
        return null;
    }
}
