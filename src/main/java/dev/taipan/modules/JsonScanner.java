package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON parser: one value from a position of a string, with the hooks of a
 * {@code JSONDecoder} and CPython's error messages and positions.
 *
 * <p>It is iterative (an explicit stack of open arrays and objects), so deep nesting cannot
 * overflow the Java stack; nesting deeper than CPython allows raises {@code RecursionError} as
 * CPython does. Positions are kept as Java char indices and converted to code point indices
 * only for errors and results.
 */
// CPython: Modules/_json.c, scan_once_unicode, _parse_object_unicode, _parse_array_unicode,
// scanstring_unicode, _match_number_unicode
final class JsonScanner {
    private final PyObject objectHook;
    private final PyObject objectPairsHook;
    private final PyObject parseFloat;
    private final PyObject parseInt;
    private final PyObject parseConstant;
    private final boolean strict;

    /**
     * Creates a scanner; a hook that is {@code null} or None means the default behaviour.
     *
     * @param objectHook      called with each decoded dict
     * @param objectPairsHook called with each object's list of (key, value) pairs; wins over objectHook
     * @param parseFloat      called with the text of each float, or null for {@code float}
     * @param parseInt        called with the text of each int, or null for {@code int}
     * @param parseConstant   called with "NaN", "Infinity" or "-Infinity", or null for the floats
     * @param strict          whether control characters in strings are errors
     */
    JsonScanner(PyObject objectHook, PyObject objectPairsHook, PyObject parseFloat, PyObject parseInt,
            PyObject parseConstant, boolean strict) {
        this.objectHook = orNull(objectHook);
        this.objectPairsHook = orNull(objectPairsHook);
        this.parseFloat = parseFloat == PyFloat.TYPE ? null : orNull(parseFloat);
        this.parseInt = parseInt == PyInt.TYPE ? null : orNull(parseInt);
        this.parseConstant = orNull(parseConstant);
        this.strict = strict;
    }

    private static PyObject orNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    /** A decoded value and the char index just after it. */
    record Result(PyObject value, int end) {
    }

    /** An array or object still open while its contents are parsed. */
    private static final class Open {
        final boolean isObject;
        final List<PyObject> items = new ArrayList<>();
        PyObject key;

        Open(boolean isObject) {
            this.isObject = isObject;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Scans one value starting exactly at char index {@code idx} (no leading whitespace).
     *
     * @param s   the document
     * @param idx where the value starts
     * @return the value and where it ends
     */
    Result scan(String s, int idx) {
        ArrayDeque<Open> stack = new ArrayDeque<>();
        int n = s.length();
        int i = idx;
        while (true) {
            // Parse one value at i, or open a container and continue with its first element.
            PyObject v;
            if (i >= n) {
                throw JsonDecodeErrors.error("Expecting value", s, i);
            }
            char c = s.charAt(i);
            if (c == '"') {
                int[] end = new int[1];
                v = PyStr.of(string(s, i + 1, end));
                i = end[0];
            } else if (c == '[' || c == '{') {
                boolean isObject = c == '{';
                if (stack.size() >= JsonEncoder.MAX_DEPTH) {
                    throw Errors.recursionError("maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                            isObject ? "object" : "array");
                }
                i = skipSpace(s, i + 1);
                char close = isObject ? '}' : ']';
                if (i < n && s.charAt(i) == close) {
                    v = finish(new Open(isObject));
                    i++;
                } else {
                    Open open = new Open(isObject);
                    stack.push(open);
                    if (isObject) {
                        i = key(s, i, open);
                    }
                    continue;
                }
            } else {
                int[] end = {i};
                v = scalar(s, i, end);
                i = end[0];
            }
            // Give the value to the open containers, closing those that end here.
            while (true) {
                Open top = stack.peek();
                if (top == null) {
                    return new Result(v, i);
                }
                if (top.isObject) {
                    top.items.add(top.key);
                }
                top.items.add(v);
                i = skipSpace(s, i);
                char close = top.isObject ? '}' : ']';
                if (i < n && s.charAt(i) == close) {
                    stack.pop();
                    v = finish(top);
                    i++;
                    continue;
                }
                if (i >= n || s.charAt(i) != ',') {
                    throw JsonDecodeErrors.error("Expecting ',' delimiter", s, i);
                }
                int comma = i;
                i = skipSpace(s, i + 1);
                if (i < n && s.charAt(i) == close) {
                    throw JsonDecodeErrors.error("Illegal trailing comma before end of "
                            + (top.isObject ? "object" : "array"), s, comma);
                }
                if (top.isObject) {
                    i = key(s, i, top);
                }
                break;
            }
        }
    }

    /** Parses {@code "key" :} and leaves the position at the value. */
    private int key(String s, int i, Open open) {
        if (i >= s.length() || s.charAt(i) != '"') {
            throw JsonDecodeErrors.error("Expecting property name enclosed in double quotes", s, i);
        }
        int[] end = new int[1];
        open.key = PyStr.of(string(s, i + 1, end));
        i = skipSpace(s, end[0]);
        if (i >= s.length() || s.charAt(i) != ':') {
            throw JsonDecodeErrors.error("Expecting ':' delimiter", s, i);
        }
        return skipSpace(s, i + 1);
    }

    private PyObject finish(Open open) {
        if (!open.isObject) {
            return PyList.of(open.items.toArray(new PyObject[0]));
        }
        if (objectPairsHook != null) {
            PyList pairs = new PyList();
            for (int k = 0; k < open.items.size(); k += 2) {
                pairs.append(PyTuple.of(open.items.get(k), open.items.get(k + 1)));
            }
            return objectPairsHook.call(pairs);
        }
        PyDict d = new PyDict();
        for (int k = 0; k < open.items.size(); k += 2) {
            d.put(open.items.get(k), open.items.get(k + 1));
        }
        return objectHook != null ? objectHook.call(d) : d;
    }

    /** A literal or a number at {@code i}; {@code end[0]} receives where it ends. */
    private PyObject scalar(String s, int i, int[] end) {
        if (s.startsWith("null", i)) {
            end[0] = i + 4;
            return PyNone.NONE;
        } else if (s.startsWith("true", i)) {
            end[0] = i + 4;
            return PyBool.TRUE;
        } else if (s.startsWith("false", i)) {
            end[0] = i + 5;
            return PyBool.FALSE;
        }
        for (String name : new String[] {"NaN", "Infinity", "-Infinity"}) {
            if (s.startsWith(name, i)) {
                end[0] = i + name.length();
                if (parseConstant != null) {
                    return parseConstant.call(PyStr.of(name));
                }
                return PyFloat.of(name.equals("NaN") ? Double.NaN
                        : name.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
        }
        return number(s, i, end);
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    // CPython: Modules/_json.c, _match_number_unicode
    private PyObject number(String s, int start, int[] end) {
        int i = start;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        if (i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9') {
            while (isDigit(s, i)) {
                i++;
            }
        } else if (i < s.length() && s.charAt(i) == '0') {
            i++;
        } else {
            throw JsonDecodeErrors.error("Expecting value", s, start);
        }
        boolean isFloat = false;
        if (i < s.length() && s.charAt(i) == '.' && isDigit(s, i + 1)) {
            isFloat = true;
            i += 2;
            while (isDigit(s, i)) {
                i++;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i++;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            if (isDigit(s, i)) {
                while (isDigit(s, i)) {
                    i++;
                }
                isFloat = true;
            } else {
                i = e;
            }
        }
        end[0] = i;
        String text = s.substring(start, i);
        if (isFloat) {
            return parseFloat != null ? parseFloat.call(PyStr.of(text)) : PyFloat.of(Double.parseDouble(text));
        }
        if (parseInt != null) {
            return parseInt.call(PyStr.of(text));
        }
        if (text.length() <= 18) {
            return PyInt.of(Long.parseLong(text));
        }
        // Through int() so CPython's limit on digits applies.
        return PyInt.TYPE.call(PyStr.of(text));
    }

    /**
     * Decodes a string literal whose opening quote is just before {@code start}; {@code end[0]}
     * receives the index after the closing quote.
     */
    // CPython: Modules/_json.c, scanstring_unicode
    String string(String s, int start, int[] end) {
        int begin = start - 1;
        int n = s.length();
        StringBuilder sb = null;
        int i = start;
        while (true) {
            int chunk = i;
            char c = 0;
            while (i < n) {
                c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c < 0x20 && strict) {
                    throw JsonDecodeErrors.error("Invalid control character at", s, i);
                }
                i++;
            }
            if (i >= n) {
                throw JsonDecodeErrors.error("Unterminated string starting at", s, begin);
            }
            if (c == '"' && sb == null) {
                end[0] = i + 1;
                return s.substring(chunk, i);
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(s, chunk, i);
            if (c == '"') {
                end[0] = i + 1;
                return sb.toString();
            }
            i++; // the backslash
            if (i >= n) {
                throw JsonDecodeErrors.error("Unterminated string starting at", s, begin);
            }
            c = s.charAt(i);
            if (c != 'u') {
                char out = switch (c) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '/' -> '/';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> throw JsonDecodeErrors.error("Invalid \\escape", s, i - 1);
                };
                sb.append(out);
                i++;
                continue;
            }
            int cp = hex4(s, i + 1, i);
            i += 5;
            if (Character.isHighSurrogate((char) cp) && i + 1 < n && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                int low = hex4(s, i + 2, i + 1);
                if (Character.isLowSurrogate((char) low)) {
                    sb.append((char) cp).append((char) low);
                    i += 6;
                    continue;
                }
            }
            sb.append((char) cp);
        }
    }

    /** Four hex digits at {@code i}; errors point at {@code escapeAt}, the escape's {@code u}. */
    private static int hex4(String s, int i, int escapeAt) {
        if (i + 4 > s.length()) {
            throw JsonDecodeErrors.error("Invalid \\uXXXX escape", s, escapeAt);
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                throw JsonDecodeErrors.error("Invalid \\uXXXX escape", s, escapeAt);
            }
            v = v * 16 + d;
        }
        return v;
    }
}
