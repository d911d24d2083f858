package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;

/**
 * {@code json.JSONDecoder}: the hooks are instance attributes set by {@code __init__};
 * {@code decode} and {@code raw_decode} read them and run a {@link JsonScanner}.
 */
// CPython: Lib/json/decoder.py, JSONDecoder
@PyClass(name = "JSONDecoder", module = "json.decoder", doc = "Simple JSON <https://json.org> decoder")
public final class JsonDecoder extends PyObject implements HasDict {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code json.decoder.JSONDecoder}. */
    public static final PyType TYPE = PyType.fromClass(JsonDecoder.class, LOOKUP);

    private final PyType type;
    private PyDict dict = new PyDict();

    JsonDecoder(PyType type) {
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
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        return new JsonDecoder(cls);
    }

    @PyMethod
    void __init__(@KwOnly("object_hook") @Default("None") PyObject objectHook,
            @KwOnly("parse_float") @Default("None") PyObject parseFloat,
            @KwOnly("parse_int") @Default("None") PyObject parseInt,
            @KwOnly("parse_constant") @Default("None") PyObject parseConstant,
            @KwOnly("strict") @Default("True") PyObject strict,
            @KwOnly("object_pairs_hook") @Default("None") PyObject objectPairsHook) {
        set("object_hook", objectHook);
        set("parse_float", parseFloat == PyNone.NONE ? PyFloat.TYPE : parseFloat);
        set("parse_int", parseInt == PyNone.NONE ? PyInt.TYPE : parseInt);
        set("parse_constant", parseConstant);
        set("strict", strict);
        set("object_pairs_hook", objectPairsHook);
    }

    private void set(String name, PyObject value) {
        dict.put(PyStr.of(name), value);
    }

    @PyGetter("__dict__")
    PyObject dictGetter() {
        return dict;
    }

    private static PyObject attr(PyObject self, String name) {
        PyObject v = Abstract.lookupAttr(self, name);
        return v == null ? PyNone.NONE : v;
    }

    /** The scanner configured by a decoder object's attributes. */
    static JsonScanner scannerOf(PyObject self) {
        PyObject strict = Abstract.lookupAttr(self, "strict");
        return new JsonScanner(attr(self, "object_hook"), attr(self, "object_pairs_hook"),
                attr(self, "parse_float"), attr(self, "parse_int"), attr(self, "parse_constant"),
                strict == null || Abstract.isTrue(strict));
    }

    /** {@code decode(s)}: the value of a whole document (whitespace around it allowed). */
    @PyMethod
    PyObject decode(@Name("s") PyObject s) {
        return decode(scannerOf(this), requireStr(s));
    }

    /** {@code raw_decode(s, idx=0)}: a value starting exactly at idx, and the index after it. */
    @PyMethod
    PyObject raw_decode(@Name("s") PyObject s, @Name("idx") @Default("0") PyObject idx) {
        PyStr str = requireStr(s);
        int start = Abstract.asSize(idx);
        if (start < 0) {
            throw Errors.valueError("idx cannot be negative");
        }
        int charStart = str.charIndex(Math.min(start, str.length()));
        JsonScanner.Result r = scannerOf(this).scan(str.toString(), charStart);
        return PyTuple.of(r.value(), PyInt.of(str.cpIndex(r.end())));
    }

    private static PyStr requireStr(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw Errors.typeError("first argument must be a string, not %.80s", s.getType().getName());
        }
        return str;
    }

    /** Decodes a whole document: the value, then only whitespace ("Extra data" otherwise). */
    // CPython: Lib/json/decoder.py, JSONDecoder.decode
    static PyObject decode(JsonScanner scanner, PyStr doc) {
        String s = doc.toString();
        JsonScanner.Result r = scanner.scan(s, JsonScanner.skipSpace(s, 0));
        int end = JsonScanner.skipSpace(s, r.end());
        if (end != s.length()) {
            throw JsonDecodeErrors.error("Extra data", s, end);
        }
        return r.value();
    }
}
