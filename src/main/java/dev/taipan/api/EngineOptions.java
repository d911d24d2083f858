package dev.taipan.api;

import dev.taipan.cache.CodeCache;

import java.io.File;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The options of one engine, immutable. Hosts set them with {@link Taipan#newEngine()} or, in
 * plain {@code javax.script} code, as bindings keys under {@value #PREFIX} in the engine's
 * bindings before its first evaluation:
 *
 * <table>
 * <caption>Options and their bindings keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>{@code python.threading}</td><td>{@code gil} or {@code free} (or a {@link ThreadingMode})</td><td>gil</td></tr>
 * <tr><td>{@code python.recursionlimit}</td><td>a positive integer</td><td>1000</td></tr>
 * <tr><td>{@code python.path}</td><td>directories added to {@code sys.path}: a collection of
 *     strings, or one string separated by {@link File#pathSeparator}</td><td>none</td></tr>
 * <tr><td>{@code python.argv}</td><td>{@code sys.argv}: a collection of strings, or an array</td><td>{@code ['']}</td></tr>
 * <tr><td>{@code python.lineOffset}</td><td>lines the host prepended to every script: error line
 *     numbers reported to the host are this much smaller</td><td>0</td></tr>
 * <tr><td>{@code python.hostAccess}</td><td>which Java classes scripts may look up: {@code none},
 *     {@code all}, or class names separated by commas (or a {@link HostAccess})</td><td>none</td></tr>
 * </table>
 *
 * <p>A key under the prefix that is not in this table, or a value that does not parse, is refused
 * with an {@link IllegalArgumentException} naming it.
 */
public final class EngineOptions {
    /** The prefix of option keys in bindings. */
    public static final String PREFIX = "python.";
    /** Bindings key of {@link #threading()}. */
    public static final String THREADING = "python.threading";
    /** Bindings key of {@link #recursionLimit()}. */
    public static final String RECURSION_LIMIT = "python.recursionlimit";
    /** Bindings key of {@link #path()}. */
    public static final String PATH = "python.path";
    /** Bindings key of {@link #argv()}. */
    public static final String ARGV = "python.argv";
    /** Bindings key of {@link #lineOffset()}. */
    public static final String LINE_OFFSET = "python.lineOffset";
    /** Bindings key of {@link #hostAccess()}. */
    public static final String HOST_ACCESS = "python.hostAccess";

    private static final Set<String> KEYS = Set.of(THREADING, RECURSION_LIMIT, PATH, ARGV, LINE_OFFSET, HOST_ACCESS);

    /** The options of an engine nobody configured. */
    public static final EngineOptions DEFAULTS = new EngineOptions(ThreadingMode.GIL, 1000, List.of(), List.of(""),
            0, HostAccess.NONE, null);

    private final ThreadingMode threading;
    private final int recursionLimit;
    private final List<String> path;
    private final List<String> argv;
    private final int lineOffset;
    private final HostAccess hostAccess;
    private final CodeCache codeCache;

    private EngineOptions(ThreadingMode threading, int recursionLimit, List<String> path, List<String> argv,
            int lineOffset, HostAccess hostAccess, CodeCache codeCache) {
        this.threading = threading;
        this.recursionLimit = recursionLimit;
        this.path = path;
        this.argv = argv;
        this.lineOffset = lineOffset;
        this.hostAccess = hostAccess;
        this.codeCache = codeCache;
    }

    /**
     * Whether a bindings key is an option key (starts with {@value #PREFIX}).
     *
     * @param key a bindings key
     * @return true for keys under the prefix, known or not
     */
    public static boolean isOptionKey(String key) {
        return key != null && key.startsWith(PREFIX);
    }

    /**
     * These options with one changed through its bindings key.
     *
     * @param key   an option key
     * @param value its value, as the table in the class comment says
     * @return the changed options
     * @throws IllegalArgumentException when the key is unknown or the value does not parse
     */
    public EngineOptions with(String key, Object value) {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown engine option '" + key + "'; known options: "
                    + KEYS.stream().sorted().toList());
        }
        return switch (key) {
            case THREADING -> threading(value instanceof ThreadingMode m ? m : ThreadingMode.parse(string(key, value)));
            case RECURSION_LIMIT -> recursionLimit(integer(key, value));
            case PATH -> path(strings(key, value, true));
            case ARGV -> argv(strings(key, value, false));
            case LINE_OFFSET -> lineOffset(integer(key, value));
            case HOST_ACCESS -> hostAccess(value instanceof HostAccess h ? h : hostAccess(string(key, value)));
            default -> throw new AssertionError(key);
        };
    }

    /**
     * The value of an option as {@link #with(String, Object)} would store it, for comparing.
     *
     * @param key an option key
     * @return its typed value
     * @throws IllegalArgumentException when the key is unknown
     */
    public Object get(String key) {
        return switch (key) {
            case THREADING -> threading;
            case RECURSION_LIMIT -> recursionLimit;
            case PATH -> path;
            case ARGV -> argv;
            case LINE_OFFSET -> lineOffset;
            case HOST_ACCESS -> hostAccess;
            default -> throw new IllegalArgumentException("unknown engine option '" + key + "'");
        };
    }

    /**
     * The threading mode.
     *
     * @return GIL or FREE
     */
    public ThreadingMode threading() {
        return threading;
    }

    /**
     * With another threading mode.
     *
     * @param mode the mode
     * @return the changed options
     */
    public EngineOptions threading(ThreadingMode mode) {
        return new EngineOptions(Objects.requireNonNull(mode, "threading"), recursionLimit, path, argv, lineOffset,
                hostAccess, codeCache);
    }

    /**
     * The initial {@code sys.getrecursionlimit()}.
     *
     * @return a positive number
     */
    public int recursionLimit() {
        return recursionLimit;
    }

    /**
     * With another recursion limit.
     *
     * @param limit a positive number
     * @return the changed options
     * @throws IllegalArgumentException when the limit is not positive
     */
    public EngineOptions recursionLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException(RECURSION_LIMIT + " must be at least 1, not " + limit);
        }
        return new EngineOptions(threading, limit, path, argv, lineOffset, hostAccess, codeCache);
    }

    /**
     * Directories put at the front of {@code sys.path}.
     *
     * @return an unmodifiable list
     */
    public List<String> path() {
        return path;
    }

    /**
     * With other directories at the front of {@code sys.path}.
     *
     * @param directories the directories, first searched first
     * @return the changed options
     */
    public EngineOptions path(List<String> directories) {
        return new EngineOptions(threading, recursionLimit, List.copyOf(directories), argv, lineOffset, hostAccess,
                codeCache);
    }

    /**
     * The initial {@code sys.argv}.
     *
     * @return an unmodifiable list
     */
    public List<String> argv() {
        return argv;
    }

    /**
     * With another {@code sys.argv}.
     *
     * @param args the arguments, the script name first
     * @return the changed options
     */
    public EngineOptions argv(List<String> args) {
        return new EngineOptions(threading, recursionLimit, path, List.copyOf(args), lineOffset, hostAccess, codeCache);
    }

    /**
     * How many lines the host prepends to its scripts.
     *
     * @return the offset subtracted from line numbers in errors reported to the host
     */
    public int lineOffset() {
        return lineOffset;
    }

    /**
     * With another line offset.
     *
     * @param lines lines prepended to each script (may be negative for scripts that start later in
     *              a bigger file)
     * @return the changed options
     */
    public EngineOptions lineOffset(int lines) {
        return new EngineOptions(threading, recursionLimit, path, argv, lines, hostAccess, codeCache);
    }

    /**
     * Which Java classes scripts may look up.
     *
     * @return the access policy
     */
    public HostAccess hostAccess() {
        return hostAccess;
    }

    /**
     * With another host access policy.
     *
     * @param access the policy
     * @return the changed options
     */
    public EngineOptions hostAccess(HostAccess access) {
        return new EngineOptions(threading, recursionLimit, path, argv, lineOffset,
                Objects.requireNonNull(access, "hostAccess"), codeCache);
    }

    /**
     * The code cache the engine compiles through.
     *
     * @return the cache; the JVM-wide one unless another was chosen
     */
    public CodeCache codeCache() {
        return codeCache != null ? codeCache : CodeCache.shared();
    }

    /**
     * With another code cache.
     *
     * @param cache a cache, such as a private one from {@link CodeCache#create(long)}
     * @return the changed options
     */
    public EngineOptions codeCache(CodeCache cache) {
        return new EngineOptions(threading, recursionLimit, path, argv, lineOffset, hostAccess,
                Objects.requireNonNull(cache, "codeCache"));
    }

    /** Parses {@code none}, {@code all}, or class names separated by commas. */
    private static HostAccess hostAccess(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("none") || t.isEmpty()) {
            return HostAccess.NONE;
        }
        if (t.equalsIgnoreCase("all")) {
            return HostAccess.ALL;
        }
        String[] names = Arrays.stream(t.split(",")).map(String::trim).filter(n -> !n.isEmpty()).toArray(String[]::new);
        for (String name : names) {
            if (!name.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.$]*")) {
                throw new IllegalArgumentException(HOST_ACCESS + " must be 'none', 'all' or class names separated by"
                        + " commas; '" + name + "' is not a class name");
            }
        }
        return HostAccess.allowClasses(names);
    }

    private static String string(String key, Object value) {
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        throw new IllegalArgumentException(key + " must be a string, not " + describe(value));
    }

    private static int integer(String key, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            if (n == (int) n) {
                return (int) n;
            }
        } else if (value instanceof CharSequence s) {
            try {
                return Integer.parseInt(s.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be an integer, not '" + s + "'", e);
            }
        }
        throw new IllegalArgumentException(key + " must be an integer, not " + describe(value));
    }

    private static List<String> strings(String key, Object value, boolean splitPath) {
        if (value instanceof CharSequence s) {
            String text = s.toString();
            return splitPath ? Arrays.stream(text.split(File.pathSeparator)).filter(p -> !p.isEmpty()).toList()
                    : List.of(text);
        }
        Collection<?> items;
        if (value instanceof Collection<?> c) {
            items = c;
        } else if (value instanceof Object[] a) {
            items = Arrays.asList(a);
        } else {
            throw new IllegalArgumentException(key + " must be a string or a list of strings, not " + describe(value));
        }
        for (Object item : items) {
            if (!(item instanceof CharSequence)) {
                throw new IllegalArgumentException(key + " must hold strings only, not " + describe(item));
            }
        }
        return items.stream().map(Object::toString).toList();
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " " + value;
    }

    @Override
    public String toString() {
        return "EngineOptions[threading=" + threading + ", recursionLimit=" + recursionLimit + ", path=" + path
                + ", argv=" + argv + ", lineOffset=" + lineOffset + ", hostAccess=" + hostAccess + "]";
    }
}
