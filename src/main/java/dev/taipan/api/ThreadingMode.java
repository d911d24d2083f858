package dev.taipan.api;

/**
 * How an engine runs Python threads, fixed for the engine's life.
 */
public enum ThreadingMode {
    /**
     * One lock per engine (a GIL): one thread runs Python at a time, handing over at safe points
     * and around blocking calls. Other engines are not affected.
     */
    GIL,
    /**
     * No engine lock: threads run Python in parallel; the builtin containers stay consistent
     * under races, as in CPython's free-threaded build.
     */
    FREE;

    /**
     * Parses the value of the {@code python.threading} option: {@code gil} or {@code free}
     * (any case).
     *
     * @param value the option's value
     * @return the mode
     * @throws IllegalArgumentException for any other value
     */
    public static ThreadingMode parse(String value) {
        if (value != null) {
            switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "gil":
                    return GIL;
                case "free":
                    return FREE;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("python.threading must be 'gil' or 'free', not '" + value + "'");
    }
}
