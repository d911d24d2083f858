package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" suggestions CPython adds to NameError and AttributeError messages:
 * the closest candidate name by a weighted edit distance, if close enough.
 */
// CPython: Lib/traceback.py, _compute_suggestion_error and _levenshtein_distance
final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;

    private Suggestions() {
    }

    /** The suggestion for an exception, or null. */
    static String forException(PyBaseException exc) {
        try {
            if (exc.getType().isSubtypeOf(ExceptionTypes.AttributeError)) {
                PyObject obj = Abstract.lookupAttr(exc, "obj");
                PyObject name = Abstract.lookupAttr(exc, "name");
                if (obj == null || !(name instanceof PyStr n) || obj == dev.taipan.objects.PyNone.NONE) {
                    return null;
                }
                List<String> candidates = new ArrayList<>();
                for (PyObject d : Abstract.toArray(Abstract.callMethod(obj, "__dir__"))) {
                    candidates.add(d.toString());
                }
                return best(n.toString(), candidates);
            }
            if (exc.getType().isSubtypeOf(ExceptionTypes.NameError)
                    && !exc.getType().isSubtypeOf(ExceptionTypes.UnboundLocalError)) {
                PyObject name = Abstract.lookupAttr(exc, "name");
                if (!(name instanceof PyStr n) || !(exc.getTraceback() instanceof PyTraceback tb)) {
                    return null;
                }
                PyTraceback last = tb;
                while (last.next() != null) {
                    last = last.next();
                }
                Frame f = last.frame().frame();
                List<String> candidates = new ArrayList<>();
                addKeys(candidates, Locals.of(f));
                addKeys(candidates, f.globals);
                addKeys(candidates, f.builtins);
                return best(n.toString(), candidates);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
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

    static String best(String wrong, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATES) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            int maxDistance = (candidate.length() + wrong.length() + 3) * MOVE_COST / 6;
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
