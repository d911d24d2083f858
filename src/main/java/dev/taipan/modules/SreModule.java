package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.modules.regex.MatchBudget;
import dev.taipan.modules.regex.Regex;
import dev.taipan.modules.regex.RegexSyntaxException;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code _sre} module: the native half of {@code re}. It compiles patterns with the engine
 * in {@link dev.taipan.modules.regex} and holds the types {@code Pattern}, {@code Match} and
 * {@code PatternError}; the bundled {@code re.py} adds flags, the cache and the module-level
 * functions. Its API is Taipan's own, not CPython's {@code _sre}.
 */
public final class SreModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** What matches made through this module (one per interpreter) consult while running. */
    private volatile MatchBudget budget = MatchBudget.INTERRUPTIBLE;

    /** Creates the module. */
    public SreModule() {
        super("_sre");
        ModuleExposer.expose(this, SreModule.class, LOOKUP, this::put);
        put("Pattern", RePattern.TYPE);
        put("Match", ReMatch.TYPE);
        put("PatternError", ReErrors.TYPE);
        put("MAXREPEAT", PyInt.of(4294967295L));
        put("MAXGROUPS", PyInt.of(2147483647L));
    }

    /**
     * Replaces the budget later matches consult (a sandbox's step limit, for example).
     *
     * @param budget the new budget
     */
    public void setBudget(MatchBudget budget) {
        this.budget = budget;
    }

    /**
     * Compiles a str or bytes pattern.
     *
     * @param pattern the pattern
     * @param flags   the flags as an int
     * @return the {@code re.Pattern}
     */
    @PyFunction(doc = "Compile a regular expression pattern, returning a Pattern object.")
    PyObject compile(PyObject pattern, PyObject flags) {
        if (!flags.getType().isSubtypeOf(PyInt.TYPE)) {
            throw Errors.typeError("unsupported operand type(s) for &: '%s' and 'int'", flags.getType().getName());
        }
        int f = Abstract.index(flags).intValue();
        ReSubject src;
        if (pattern instanceof PyStr || pattern instanceof PyBytes) {
            src = ReSubject.ofAny(pattern);
        } else {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        try {
            Regex regex = Regex.compile(src.codePoints(), src.isText, f);
            return new RePattern(pattern, regex, src.isText, budget);
        } catch (RegexSyntaxException e) {
            throw ReErrors.of(e, pattern);
        } catch (StackOverflowError e) {
            // Parsing and compiling recurse once per nested group; a thread with a small stack
            // can run out on absurdly deep patterns.
            throw Errors.recursionError("maximum recursion depth exceeded");
        }
    }
}
