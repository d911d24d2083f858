package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.FloatFormat;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyBool;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.util.IdentityHashMap;

/**
 * {@code json.JSONEncoder}: its options are instance attributes set by {@code __init__} (so a
 * Python subclass can override {@code default} or read {@code self.indent}), and
 * {@link #encode} reads them each time it runs. The serializer itself is {@link Writer}.
 */
// CPython: Lib/json/encoder.py and Modules/_json.c (c_make_encoder)
@PyClass(name = "JSONEncoder", module = "json.encoder",
        doc = "Extensible JSON <https://json.org> encoder for Python data structures.")
public final class JsonEncoder extends PyObject implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code json.encoder.JSONEncoder}. */
    public static final PyType TYPE = makeType();

    /** Nesting deeper than this raises RecursionError, as CPython's C recursion limit does. */
    static final int MAX_DEPTH = 9998;

    private final PyType type;
    private PyDict dict = new PyDict();

    private static PyType makeType() {
        PyType t = PyType.fromClass(JsonEncoder.class, LOOKUP);
        t.getDict().put("item_separator", PyStr.of(", "));
        t.getDict().put("key_separator", PyStr.of(": "));
        return t;
    }

    JsonEncoder(PyType type) {
        this.type = type;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public void setDict(PyDict d) {
        dict = d;
    }

    @PyNew
    static PyObject __new__(PyType cls, @dev.taipan.objects.expose.Args PyObject[] args,
            @dev.taipan.objects.expose.Kwargs PyDict kwargs) {
        return new JsonEncoder(cls);
    }

    @PyMethod
    void __init__(@KwOnly("skipkeys") @Default("False") PyObject skipkeys,
            @KwOnly("ensure_ascii") @Default("True") PyObject ensureAscii,
            @KwOnly("check_circular") @Default("True") PyObject checkCircular,
            @KwOnly("allow_nan") @Default("True") PyObject allowNan,
            @KwOnly("sort_keys") @Default("False") PyObject sortKeys,
            @KwOnly("indent") @Default("None") PyObject indent,
            @KwOnly("separators") @Default("None") PyObject separators,
            @KwOnly("default") @Default("None") PyObject dflt) {
        set("skipkeys", skipkeys);
        set("ensure_ascii", ensureAscii);
        set("check_circular", checkCircular);
        set("allow_nan", allowNan);
        set("sort_keys", sortKeys);
        set("indent", indent);
        if (separators != PyNone.NONE) {
            PyObject[] sep = Abstract.toArray(separators);
            if (sep.length != 2) {
                throw Errors.valueError("too many values to unpack (expected 2)");
            }
            set("item_separator", sep[0]);
            set("key_separator", sep[1]);
        } else if (indent != PyNone.NONE) {
            set("item_separator", PyStr.of(","));
        }
        if (dflt != PyNone.NONE) {
            set("default", dflt);
        }
    }

    private void set(String name, PyObject value) {
        dict.put(PyStr.of(name), value);
    }

    @PyGetter("__dict__")
    PyObject dictGetter() {
        return dict;
    }

    /** {@code default(o)}: the hook for objects JSON cannot express; this one refuses them. */
    @PyMethod("default")
    PyObject defaultMethod(@Name("o") PyObject o) {
        throw notSerializable(o);
    }

    static RuntimeException notSerializable(PyObject o) {
        return Errors.typeError("Object of type %s is not JSON serializable", o.getType().getName());
    }

    /**
     * {@code encode(o)}: the JSON text of {@code o}. A subclass that overrides {@code iterencode}
     * gets its chunks joined, as in CPython (except for a str, which is encoded directly).
     */
    @PyMethod
    PyObject encode(@Name("o") PyObject o) {
        if (getType() != TYPE && !(o instanceof PyStr)
                && getType().lookup("iterencode") != TYPE.lookup("iterencode")) {
            PyObject chunks = Abstract.callMethod(this, "iterencode", o, PyBool.TRUE);
            return Abstract.callMethod(PyStr.of(""), "join", chunks);
        }
        return PyStr.of(Options.of(this).encode(o));
    }

    /** {@code iterencode(o, _one_shot=False)}: the text as an iterator of chunks (here one). */
    @PyMethod
    PyObject iterencode(@Name("o") PyObject o, @Name("_one_shot") @Default("False") PyObject oneShot) {
        // Not encode(o): an overriding iterencode that calls this one must not come back to itself.
        return Abstract.iter(PyList.of(PyStr.of(Options.of(this).encode(o))));
    }

    /**
     * The settings of one encoding.
     *
     * @param skipKeys      skip keys that are not str, int, float, bool or None
     * @param ensureAscii   escape every non-ASCII character
     * @param checkCircular detect reference cycles
     * @param allowNan      write NaN and infinities (else ValueError)
     * @param sortKeys      write dict items sorted by key
     * @param indent        the text of one indent level, or null for one line
     * @param itemSeparator between items
     * @param keySeparator  between a key and its value
     * @param dflt          called for unsupported objects, returning something serializable;
     *                      null refuses them
     */
    record Options(boolean skipKeys, boolean ensureAscii, boolean checkCircular, boolean allowNan,
            boolean sortKeys, String indent, String itemSeparator, String keySeparator, PyObject dflt) {

        /** Reads the options from an encoder's attributes. */
        static Options of(PyObject enc) {
            PyObject indent = Abstract.getAttr(enc, "indent");
            return new Options(truth(enc, "skipkeys"), truth(enc, "ensure_ascii"),
                    truth(enc, "check_circular"), truth(enc, "allow_nan"), truth(enc, "sort_keys"),
                    indentText(indent), Abstract.getAttr(enc, "item_separator").toString(),
                    Abstract.getAttr(enc, "key_separator").toString(), Abstract.getAttr(enc, "default"));
        }

        private static boolean truth(PyObject enc, String name) {
            return Abstract.isTrue(Abstract.getAttr(enc, name));
        }

        /** An int indent is that many spaces; a str is used as it is. */
        static String indentText(PyObject indent) {
            if (indent == PyNone.NONE) {
                return null;
            }
            if (indent instanceof PyStr s) {
                return s.toString();
            }
            return " ".repeat(Math.max(0, Abstract.asSize(indent)));
        }

        /** Serializes a value. */
        String encode(PyObject o) {
            Writer w = new Writer(this);
            try {
                w.value(o, 0);
            } catch (StackOverflowError e) {
                throw Errors.recursionError("maximum recursion depth exceeded while encoding a JSON object");
            }
            return w.out.toString();
        }
    }

    /** Writes one value's JSON text into a buffer. */
    // CPython: Lib/json/encoder.py, _make_iterencode (same output as the C encoder)
    static final class Writer {
        final StringBuilder out = new StringBuilder();
        private final Options opt;
        private final IdentityHashMap<PyObject, Boolean> markers;

        Writer(Options opt) {
            this.opt = opt;
            this.markers = opt.checkCircular ? new IdentityHashMap<>() : null;
        }

        void value(PyObject o, int level) {
            if (o == PyNone.NONE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyStr s) {
                string(out, s.toString(), opt.ensureAscii);
            } else if (o instanceof PyInt i) {
                out.append(i.toString());
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f.doubleValue()));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                array(o, level);
            } else if (o instanceof PyDict d) {
                object(d, level);
            } else {
                if (opt.dflt == null) {
                    throw notSerializable(o);
                }
                enter(o, level);
                value(opt.dflt.call(o), level);
                leave(o);
            }
        }

        private void enter(PyObject o, int level) {
            if (level >= MAX_DEPTH) {
                throw Errors.recursionError("maximum recursion depth exceeded while encoding a JSON object");
            }
            if (markers != null && markers.put(o, Boolean.TRUE) != null) {
                throw Errors.valueError("Circular reference detected");
            }
        }

        private void leave(PyObject o) {
            if (markers != null) {
                markers.remove(o);
            }
        }

        String floatText(double d) {
            String text;
            if (Double.isNaN(d)) {
                text = "NaN";
            } else if (Double.isInfinite(d)) {
                text = d > 0 ? "Infinity" : "-Infinity";
            } else {
                return FloatFormat.repr(d);
            }
            if (!opt.allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant: %s", FloatFormat.repr(d));
            }
            return text;
        }

        private void newline(int level) {
            out.append('\n');
            for (int i = 0; i < level; i++) {
                out.append(opt.indent);
            }
        }

        private void array(PyObject seq, int level) {
            PyObject[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items();
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            enter(seq, level);
            out.append('[');
            int inner = level + 1;
            if (opt.indent != null) {
                newline(inner);
            }
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.append(opt.itemSeparator);
                    if (opt.indent != null) {
                        newline(inner);
                    }
                }
                value(items[i], inner);
            }
            if (opt.indent != null) {
                newline(level);
            }
            out.append(']');
            leave(seq);
        }

        private void object(PyDict d, int level) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            enter(d, level);
            PyObject[] keys = d.keysArray();
            if (opt.sortKeys) {
                PyList sorted = PyList.of(keys);
                sorted.sort(PyNone.NONE, false);
                keys = sorted.toArray();
            }
            out.append('{');
            int inner = level + 1;
            if (opt.indent != null) {
                newline(inner);
            }
            boolean first = true;
            for (PyObject key : keys) {
                PyObject v = d.get(key);
                if (v == null) {
                    continue;
                }
                String k = keyText(key);
                if (k == null) {
                    continue;
                }
                if (!first) {
                    out.append(opt.itemSeparator);
                    if (opt.indent != null) {
                        newline(inner);
                    }
                }
                first = false;
                string(out, k, opt.ensureAscii);
                out.append(opt.keySeparator);
                value(v, inner);
            }
            if (opt.indent != null) {
                newline(level);
            }
            out.append('}');
            leave(d);
        }

        /** The text of a dict key, or null to skip it. */
        private String keyText(PyObject key) {
            if (key instanceof PyStr s) {
                return s.toString();
            } else if (key instanceof PyFloat f) {
                return floatText(f.doubleValue());
            } else if (key == PyBool.TRUE) {
                return "true";
            } else if (key == PyBool.FALSE) {
                return "false";
            } else if (key == PyNone.NONE) {
                return "null";
            } else if (key instanceof PyInt i) {
                return i.toString();
            } else if (opt.skipKeys) {
                return null;
            }
            throw Errors.typeError("keys must be str, int, float, bool or None, not %s", key.getType().getName());
        }
    }

    /**
     * Appends a JSON string literal: quotes, backslash and control characters escaped, and with
     * {@code ensureAscii} everything outside printable ASCII as {@code \\uXXXX} (astral
     * characters as their surrogate pair).
     */
    // CPython: Modules/_json.c, ascii_escape_unicode and escape_unicode
    static void string(StringBuilder out, String s, boolean ensureAscii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || ensureAscii && c > 0x7e) {
                        out.append("\\u");
                        String hex = Integer.toHexString(c);
                        out.append("0".repeat(4 - hex.length())).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
