package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The "Did you mean: 'x'?" suggestions CPython adds to the messages of NameError, AttributeError
 * and ImportError ({@code from m import x}): the closest candidate name by a weighted edit
 * distance, if close enough; and "Did you forget to import 'm'?" for an undefined name that is a
 * standard library module.
 */
// CPython: Lib/traceback.py, TracebackException.__init__ and _compute_suggestion_error;
// Python/suggestions.c, _Py_CalculateSuggestions
final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING_SIZE = 40;
    /** CPython's {@code sys.stdlib_module_names}, loaded on first use. */
    private static volatile Set<String> stdlibNames;

    private Suggestions() {
    }

    /** What CPython appends to the exception's message when it prints it; "" for nothing. */
    static String messageSuffix(PyBaseException exc) {
        PyType type = exc.getType();
        try {
            if (type.isSubtypeOf(ExceptionTypes.ImportError)) {
                PyObject nameFrom = Abstract.lookupAttr(exc, "name_from");
                String suggestion = nameFrom instanceof PyStr n ? forImport(exc, n.toString()) : null;
                return suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
            }
            if (!type.isSubtypeOf(ExceptionTypes.NameError) && !type.isSubtypeOf(ExceptionTypes.AttributeError)) {
                return "";
            }
            if (!(Abstract.lookupAttr(exc, "name") instanceof PyStr n)) {
                return "";
            }
            String wrong = n.toString();
            String suggestion = type.isSubtypeOf(ExceptionTypes.AttributeError)
                    ? forAttribute(exc, wrong) : forName(exc, wrong);
            String suffix = suggestion == null ? "" : ". Did you mean: '" + suggestion + "'?";
            if (type.isSubtypeOf(ExceptionTypes.NameError) && stdlibModuleNames().contains(wrong)) {
                suffix += (suggestion == null ? ". Did you" : " Or did you") + " forget to import '" + wrong + "'?";
            }
            return suffix;
        } catch (RuntimeException e) {
            // A failing __dir__ or the like: CPython prints the message without a suggestion.
            return "";
        }
    }

    private static String forAttribute(PyBaseException exc, String wrong) {
        PyObject obj = Abstract.lookupAttr(exc, "obj");
        if (obj == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (PyObject d : Abstract.toArray(Abstract.callMethod(obj, "__dir__"))) {
            if (d instanceof PyStr) {
                names.add(d.toString());
            }
        }
        Collections.sort(names);
        boolean hideUnderscored = !wrong.startsWith("_");
        if (hideUnderscored && lastFrame(exc) instanceof Frame f) {
            // Inside a method of the object itself, its private names are fair suggestions.
            PyObject self = localNamed(f, "self");
            hideUnderscored = self != obj;
        }
        if (hideUnderscored) {
            names.removeIf(x -> x.startsWith("_"));
        }
        return best(wrong, names);
    }

    private static String forName(PyBaseException exc, String wrong) {
        if (!(lastFrame(exc) instanceof Frame f)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        addKeys(names, Locals.of(f));
        addKeys(names, f.globals);
        addKeys(names, f.builtins);
        PyObject self = localNamed(f, "self");
        if (self != null) {
            boolean has;
            try {
                has = Abstract.lookupAttr(self, wrong) != null;
            } catch (RuntimeException e) {
                has = false;
            }
            if (has) {
                return "self." + wrong;
            }
        }
        return best(wrong, names);
    }

    /** For {@code from m import wrong}: the public names of module {@code m} (imported, as CPython does). */
    private static String forImport(PyBaseException exc, String wrong) {
        if (!(Abstract.lookupAttr(exc, "name") instanceof PyStr module) || !(lastFrame(exc) instanceof Frame f)) {
            return null;
        }
        PyObject importer = f.builtins.getStr("__import__");
        if (importer == null) {
            return null;
        }
        PyObject mod = importer.call(module);
        List<String> names = new ArrayList<>();
        for (PyObject d : Abstract.toArray(Abstract.callMethod(mod, "__dir__"))) {
            if (d instanceof PyStr && (wrong.startsWith("_") || !d.toString().startsWith("_"))) {
                names.add(d.toString());
            }
        }
        Collections.sort(names);
        return best(wrong, names);
    }

    /** The innermost frame the exception passed through, or null without a traceback. */
    private static Frame lastFrame(PyBaseException exc) {
        if (!(exc.getTraceback() instanceof PyTraceback tb)) {
            return null;
        }
        PyTraceback last = tb;
        while (last.next() != null) {
            last = last.next();
        }
        return last.frame().frame();
    }

    private static PyObject localNamed(Frame f, String name) {
        PyObject locals = Locals.of(f);
        return locals instanceof PyDict d ? d.getStr(name) : null;
    }

    private static Set<String> stdlibModuleNames() {
        Set<String> names = stdlibNames;
        if (names == null) {
            names = new HashSet<>();
            try (InputStream in = Suggestions.class.getResourceAsStream("stdlib_module_names.txt")) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                            names.add(line.strip());
                        }
                    }
                }
            } catch (IOException e) {
                // Without the list, no module is suggested.
            }
            stdlibNames = names;
        }
        return names;
    }

    private static void addKeys(List<String> out, PyObject mapping) {
        if (mapping instanceof PyDict d) {
            for (PyObject k : Abstract.toArray(Abstract.callMethod(d, "keys"))) {
                if (k instanceof PyStr) {
                    out.add(k.toString());
                }
            }
        }
    }

    /** The closest candidate within a third of the characters, the first of equals; null if none. */
    static String best(String wrong, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATES || utf8Length(wrong) > MAX_STRING_SIZE) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong) || utf8Length(candidate) > MAX_STRING_SIZE) {
                continue;
            }
            int maxDistance = (utf8Length(candidate) + utf8Length(wrong) + 3) * MOVE_COST / 6;
            int distance = distance(wrong, candidate, Math.min(maxDistance, bestDistance - 1));
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int substitutionCost(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    private static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        int pre = 0;
        while (pre < a.length() && pre < b.length() && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        a = a.substring(pre);
        b = b.substring(pre);
        int post = 0;
        while (post < a.length() && post < b.length()
                && a.charAt(a.length() - 1 - post) == b.charAt(b.length() - 1 - post)) {
            post++;
        }
        a = a.substring(0, a.length() - post);
        b = b.substring(0, b.length() - post);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (Math.abs(a.length() - b.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int[] row = new int[a.length()];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char bc = b.charAt(bi);
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length(); ai++) {
                int substitute = distance + substitutionCost(bc, a.charAt(ai));
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
