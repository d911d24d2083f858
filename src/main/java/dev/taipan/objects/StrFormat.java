package dev.taipan.objects;

import java.math.BigInteger;

/**
 * String formatting: the {@code %} operator ({@code printf}-style) and {@code str.format}.
 *
 * <p>CPython: Objects/unicodeobject.c, PyUnicode_Format; Objects/stringlib/unicode_format.h
 */
final class StrFormat {
    private StrFormat() {
    }

    // ---- printf-style ----------------------------------------------------------------------------

    /**
     * Applies {@code fmt % args}.
     *
     * @param fmt  the format
     * @param args a tuple, a mapping, or a single value
     * @return the result
     */
    static String percent(String fmt, PyObject args) {
        return percent(fmt, args, false);
    }

    /**
     * Applies {@code fmt % args} for str or, with {@code bytes}, for bytes (the format and the
     * result are then Latin-1 text, one char per byte).
     *
     * @param fmt   the format
     * @param args  a tuple, a mapping, or a single value
     * @param bytes whether formatting bytes
     * @return the result
     */
    // CPython: Objects/bytesobject.c, _PyBytes_FormatEx for the bytes differences
    static String percent(String fmt, PyObject args, boolean bytes) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            items = t.items();
        } else {
            items = new PyObject[] {args};
            if (!(args instanceof PyStr) && !(bytes && (args instanceof PyBytes
                    || args instanceof PyByteArray)) && args.getType().slot(Slot.GETITEM) != null) {
                mapping = args;
            }
        }
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int argi = 0;
        int n = fmt.length();
        int i = 0;
        boolean usedMapping = false;
        while (i < n) {
            char ch = fmt.charAt(i);
            if (ch != '%') {
                sb.append(ch);
                i++;
                continue;
            }
            int specStart = i;
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1;
                int k = i + 1;
                while (k < n && depth > 0) {
                    if (fmt.charAt(k) == '(') {
                        depth++;
                    } else if (fmt.charAt(k) == ')') {
                        depth--;
                    }
                    k++;
                }
                if (depth > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                value = Abstract.getItem(mapping, PyStr.of(fmt.substring(i + 1, k - 1)));
                usedMapping = true;
                i = k;
            }
            boolean left = false;
            boolean zero = false;
            boolean alt = false;
            char sign = 0;
            for (; i < n; i++) {
                char f = fmt.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '0') {
                    zero = true;
                } else if (f == '#') {
                    alt = true;
                } else if (f == '+') {
                    sign = '+';
                } else if (f == ' ') {
                    if (sign == 0) {
                        sign = ' ';
                    }
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                if (argi >= items.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                PyObject w = items[argi++];
                if (!(w instanceof PyInt)) {
                    throw Errors.typeError("* wants int");
                }
                width = Abstract.asSize(w);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int st = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                if (i > st) {
                    width = Integer.parseInt(fmt.substring(st, i));
                }
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    if (argi >= items.length) {
                        throw Errors.typeError("not enough arguments for format string");
                    }
                    PyObject p = items[argi++];
                    if (!(p instanceof PyInt)) {
                        throw Errors.typeError("* wants int");
                    }
                    prec = Math.max(0, Abstract.asSize(p));
                    i++;
                } else {
                    int st = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) {
                        i++;
                    }
                    prec = i > st ? Integer.parseInt(fmt.substring(st, i)) : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                sb.append('%');
                continue;
            }
            if (value == null) {
                if (argi >= items.length) {
                    throw Errors.typeError("not enough arguments for format string");
                }
                value = items[argi++];
            }
            String body;
            String signStr = "";
            boolean numeric = false;
            if (bytes && type == 'b') {
                type = 's';
            } else if (bytes && type == 'r') {
                type = 'a';
            }
            switch (type) {
                case 's' -> body = bytes ? bytesOf(value) : Abstract.str(value).toString();
                case 'r' -> body = Abstract.repr(value).toString();
                case 'a' -> body = Abstract.ascii(value).toString();
                case 'c' -> body = bytes ? byteCharOf(value) : charOf(value);
                case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                    numeric = true;
                    PyInt v = intArg(value, type);
                    BigInteger b = v.bigValue();
                    int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                    body = b.abs().toString(radix);
                    if (type == 'X') {
                        body = body.toUpperCase();
                    }
                    if (prec >= 0 && body.length() < prec) {
                        body = "0".repeat(prec - body.length()) + body;
                    }
                    if (alt && radix != 10) {
                        body = (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") + body;
                    }
                    signStr = b.signum() < 0 ? "-" : sign == 0 ? "" : String.valueOf(sign);
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    numeric = true;
                    if (!(value instanceof PyFloat) && !(value instanceof PyInt)
                            && value.getType().slot(Slot.FLOAT) == null
                            && value.getType().slot(Slot.INDEX) == null) {
                        throw Errors.typeError("must be real number, not %.200s",
                                value.getType().getName());
                    }
                    double d = Abstract.asDouble(value);
                    int p = prec < 0 ? 6 : prec;
                    double a = Math.abs(d);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        body = Double.isNaN(d) ? "nan" : "inf";
                        if (Character.isUpperCase(type)) {
                            body = body.toUpperCase();
                        }
                    } else if (type == 'e' || type == 'E') {
                        body = FloatFormat.formatE(a, p, type == 'E', alt);
                    } else if (type == 'f' || type == 'F') {
                        body = FloatFormat.formatF(a, p) + (alt && p == 0 ? "." : "");
                    } else {
                        body = FloatFormat.formatG(a, p, type == 'G', alt, false);
                    }
                    boolean neg = d < 0 || d == 0 && 1 / d < 0;
                    signStr = neg ? "-" : sign == 0 ? "" : String.valueOf(sign);
                }
                default -> throw Errors.valueError(
                        "unsupported format character '%c' (0x%x) at index %d", type, (int) type,
                        i - 1);
            }
            if (!numeric && prec >= 0 && body.codePointCount(0, body.length()) > prec) {
                body = body.substring(0, body.offsetByCodePoints(0, prec));
            }
            int len = signStr.length() + body.codePointCount(0, body.length());
            if (width > len) {
                int padN = width - len;
                if (left) {
                    sb.append(signStr).append(body).append(" ".repeat(padN));
                } else if (zero && numeric && !body.startsWith("n") && !body.startsWith("i")
                        && !body.startsWith("N") && !body.startsWith("I")) {
                    String prefix = "";
                    if (alt && (type == 'x' || type == 'X' || type == 'o')) {
                        prefix = body.substring(0, 2);
                        body = body.substring(2);
                    }
                    sb.append(signStr).append(prefix).append("0".repeat(padN)).append(body);
                } else {
                    sb.append(" ".repeat(padN)).append(signStr).append(body);
                }
            } else {
                sb.append(signStr).append(body);
            }
            if (specStart < 0) {
                break;
            }
        }
        if (argi < items.length && !usedMapping && mapping == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    private static String bytesOf(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray) {
            return new String(PyBytes.bytesLike(v), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        PyObject f = v.getType().slot(Slot.BYTES);
        if (f != null) {
            return bytesOf(Slots.call0(f, v));
        }
        throw Errors.typeError("%%b requires a bytes-like object, or an object that implements "
                + "__bytes__, not '%.100s'", v.getType().getName());
    }

    private static String byteCharOf(PyObject v) {
        if ((v instanceof PyBytes || v instanceof PyByteArray) && PyBytes.bytesLike(v).length == 1) {
            return String.valueOf((char) (PyBytes.bytesLike(v)[0] & 0xff));
        }
        if (v instanceof PyInt i && i.fitsInt() && i.intValue() >= 0 && i.intValue() < 256) {
            return String.valueOf((char) i.intValue());
        }
        if (v instanceof PyInt) {
            throw Errors.overflowError("%c arg not in range(256)");
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    private static PyInt intArg(PyObject value, char type) {
        if (value instanceof PyInt i) {
            return i;
        }
        if (type == 'd' || type == 'i' || type == 'u') {
            if (value instanceof PyFloat f) {
                return IntMethods.fromDouble(f.doubleValue());
            }
            if (value.getType().slot(Slot.INT) != null || value.getType().slot(Slot.INDEX) != null) {
                return IntMethods.fromObject(value);
            }
            throw Errors.typeError("%%%c format: a real number is required, not %.200s", type,
                    value.getType().getName());
        }
        if (value.getType().slot(Slot.INDEX) != null) {
            return Abstract.index(value);
        }
        throw Errors.typeError("%%%c format: an integer is required, not %.200s", type,
                value.getType().getName());
    }

    private static String charOf(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() != 1) {
                throw Errors.typeError("%c requires int or char");
            }
            return s.toString();
        }
        if (!(v instanceof PyInt) && v.getType().slot(Slot.INDEX) == null) {
            throw Errors.typeError("%c requires int or char");
        }
        PyInt i = Abstract.index(v);
        if (i.signum() < 0 || !i.fitsInt() || i.intValue() > 0x10ffff) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return new String(Character.toChars(i.intValue()));
    }

    /**
     * Escapes non-ASCII code points as {@code ascii()} does.
     *
     * @param s a repr
     * @return the ASCII-only form
     */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        }
        return sb.toString();
    }

    // ---- str.format --------------------------------------------------------------------------------

    /** Auto-numbering state: -1 unknown, 0 manual, >0 automatic (next index + 1). */
    private static final class State {
        int auto = -1;
    }

    /**
     * Applies {@code fmt.format(*args, **kwargs)} or {@code fmt.format_map(mapping)}.
     *
     * @param fmt    the format
     * @param args   positional arguments
     * @param kwargs a dict of keyword arguments, a mapping, or {@code null}
     * @return the result
     */
    static String format(String fmt, PyObject[] args, PyObject kwargs) {
        return format(fmt, args, kwargs, new State(), 2);
    }

    private static String format(String fmt, PyObject[] args, PyObject kwargs, State st,
            int depth) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            // Find the matching '}', allowing nested braces in the spec.
            int nest = 1;
            int k = i + 1;
            while (k < n && nest > 0) {
                char d = fmt.charAt(k);
                if (d == '{') {
                    nest++;
                } else if (d == '}') {
                    nest--;
                }
                k++;
            }
            if (nest > 0) {
                throw Errors.valueError(k >= n && fmt.indexOf('}', i) < 0
                        ? "Single '{' encountered in format string"
                        : "expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, k - 1);
            i = k;
            String spec = "";
            char conv = 0;
            int colon = -1;
            int bang = -1;
            int bracket = 0;
            for (int j = 0; j < field.length(); j++) {
                char d = field.charAt(j);
                if (d == '[') {
                    bracket++;
                } else if (d == ']') {
                    bracket--;
                } else if (bracket == 0 && d == '!' && bang < 0 && colon < 0) {
                    bang = j;
                } else if (bracket == 0 && d == ':') {
                    colon = j;
                    break;
                }
            }
            String name = field;
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                name = field.substring(0, colon);
            }
            if (bang >= 0) {
                String cs = name.substring(bang + 1);
                name = name.substring(0, bang);
                if (cs.length() != 1) {
                    throw Errors.valueError(cs.isEmpty() ? "end of string while looking for "
                            + "conversion specifier" : "expected ':' after conversion specifier");
                }
                conv = cs.charAt(0);
            }
            PyObject value = lookupField(name, args, kwargs, st);
            switch (conv) {
                case 0 -> {
                }
                case 'r' -> value = Abstract.repr(value);
                case 's' -> value = Abstract.str(value);
                case 'a' -> value = Abstract.ascii(value);
                default -> throw Errors.valueError("Unknown conversion specifier %c", conv);
            }
            if (spec.indexOf('{') >= 0) {
                spec = format(spec, args, kwargs, st, depth - 1);
            }
            sb.append(Abstract.format(value, PyStr.of(spec)));
        }
        return sb.toString();
    }

    private static PyObject lookupField(String name, PyObject[] args, PyObject kwargs, State st) {
        int end = 0;
        while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '[') {
            end++;
        }
        String first = name.substring(0, end);
        PyObject obj;
        if (first.isEmpty()) {
            if (st.auto == 0) {
                throw Errors.valueError(
                        "cannot switch from manual field specification to automatic field numbering");
            }
            int idx = st.auto < 0 ? 0 : st.auto - 1;
            st.auto = idx + 2;
            obj = positional(args, idx);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (st.auto > 0) {
                throw Errors.valueError(
                        "cannot switch from automatic field numbering to manual field specification");
            }
            st.auto = 0;
            obj = positional(args, Integer.parseInt(first));
        } else {
            if (kwargs == null) {
                throw Errors.keyError(PyStr.of(first));
            }
            obj = Abstract.getItem(kwargs, PyStr.of(first));
        }
        int i = end;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                if (j == i + 1) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                obj = Abstract.getAttr(obj, name.substring(i + 1, j));
                i = j;
            } else if (c == '[') {
                int j = name.indexOf(']', i);
                if (j < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = name.substring(i + 1, j);
                if (key.isEmpty()) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                PyObject k = key.chars().allMatch(Character::isDigit)
                        ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                obj = Abstract.getItem(obj, k);
                i = j + 1;
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    private static PyObject positional(PyObject[] args, int idx) {
        if (idx >= args.length) {
            throw Errors.indexError("Replacement index %d out of range for positional args tuple",
                    idx);
        }
        return args[idx];
    }
}
