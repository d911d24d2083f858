package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyStr;

/**
 * The {@code errno} module: the Linux errno names as integers and {@code errorcode}, the map from
 * each number to its canonical name (from {@link Errnos}).
 */
// CPython: Modules/errnomodule.c
public final class ErrnoModule extends PyModule {
    /** Creates the module; it holds only constants, fresh for each interpreter. */
    public ErrnoModule() {
        super("errno");
        put("__doc__", PyStr.of("This module makes available standard errno system symbols."));
        PyDict errorcode = new PyDict();
        for (int i = 0; i < Errnos.NAMES.length; i++) {
            PyInt code = PyInt.of(Errnos.CODES[i]);
            put(Errnos.NAMES[i], code);
            if (i < Errnos.CANONICAL) {
                errorcode.put(code, PyStr.of(Errnos.NAMES[i]));
            }
        }
        put("errorcode", errorcode);
    }

    /**
     * {@code os.strerror(code)}: the system's message for an errno.
     *
     * @param code the errno
     * @return its message, or {@code Unknown error N}
     */
    static String strerror(int code) {
        return code >= 0 && code < Errnos.MESSAGES.length ? Errnos.MESSAGES[code] : "Unknown error " + code;
    }

    /**
     * The errno whose message is {@code text} or begins it (a Java file-system exception's reason), or -1.
     *
     * @param text a message such as {@code Not a directory}
     * @return its errno, or -1 when no errno has that message
     */
    static int fromMessage(String text) {
        int best = -1;
        for (int i = 1; i < Errnos.MESSAGES.length; i++) {
            String message = Errnos.MESSAGES[i];
            if (message.equals(text)) {
                return i;
            }
            // The JDK sometimes adds words to the message ("Too many levels of symbolic links
            // or unable to access attributes of symbolic link").
            if (text.startsWith(message) && (best < 0 || message.length() > Errnos.MESSAGES[best].length())) {
                best = i;
            }
        }
        return best;
    }
}
