package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code json} module: {@code dumps}/{@code dump}, {@code loads}/{@code load}, and the
 * {@link JsonEncoder}, {@link JsonDecoder} and {@code JSONDecodeError} types.
 *
 * <p>Calls with only the common options run the Java encoder and scanner directly; with
 * {@code cls=} or extra keywords they go through an encoder or decoder object, so Python
 * subclasses of {@code JSONEncoder} and {@code JSONDecoder} are honoured.
 */
// CPython: Lib/json/__init__.py
public final class JsonModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Creates the module. */
    public JsonModule() {
        super("json");
        put("__doc__", PyStr.of("JSON (JavaScript Object Notation) <https://json.org> is a subset of\n"
                + "JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data\ninterchange format."));
        put("__version__", PyStr.of("2.0.9"));
        ModuleExposer.expose(this, JsonModule.class, LOOKUP, this::put);
        put("JSONEncoder", JsonEncoder.TYPE);
        put("JSONDecoder", JsonDecoder.TYPE);
        put("JSONDecodeError", JsonDecodeErrors.TYPE);
        PyList all = new PyList();
        for (String name : List.of("dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder")) {
            all.append(PyStr.of(name));
        }
        put("__all__", all);
        // Native, yet a package: json.decoder, json.encoder and json.scanner are bundled Python
        // modules that re-export what this module defines.
        put("__path__", PyList.of(new PyObject[] {PyStr.of(BUNDLED_PACKAGE_DIR)}));
    }

    /** The {@code sys.path}-style folder of the bundled {@code json} submodules. */
    private static final String BUNDLED_PACKAGE_DIR = "<taipan>/lib/json";

    // ---- encoding ---------------------------------------------------------------------------

    @PyFunction(doc = "Serialize ``obj`` to a JSON formatted ``str``.")
    static PyObject dumps(@Name("obj") PyObject obj,
            @KwOnly("skipkeys") @Default("False") PyObject skipkeys,
            @KwOnly("ensure_ascii") @Default("True") PyObject ensureAscii,
            @KwOnly("check_circular") @Default("True") PyObject checkCircular,
            @KwOnly("allow_nan") @Default("True") PyObject allowNan,
            @KwOnly("cls") @Default("None") PyObject cls,
            @KwOnly("indent") @Default("None") PyObject indent,
            @KwOnly("separators") @Default("None") PyObject separators,
            @KwOnly("default") @Default("None") PyObject dflt,
            @KwOnly("sort_keys") @Default("False") PyObject sortKeys,
            @Kwargs PyDict kw) {
        if (cls == PyNone.NONE && (kw == null || kw.size() == 0)) {
            String item = ", ";
            String key = ": ";
            if (separators != PyNone.NONE) {
                PyObject[] sep = Abstract.toArray(separators);
                if (sep.length != 2) {
                    throw Errors.valueError("too many values to unpack (expected 2)");
                }
                item = Abstract.str(sep[0]).toString();
                key = Abstract.str(sep[1]).toString();
            } else if (indent != PyNone.NONE) {
                item = ",";
            }
            JsonEncoder.Options opt = new JsonEncoder.Options(Abstract.isTrue(skipkeys),
                    Abstract.isTrue(ensureAscii), Abstract.isTrue(checkCircular), Abstract.isTrue(allowNan),
                    Abstract.isTrue(sortKeys), JsonEncoder.Options.indentText(indent), item, key,
                    dflt == PyNone.NONE ? null : dflt);
            return PyStr.of(opt.encode(obj));
        }
        PyObject type = cls == PyNone.NONE ? JsonEncoder.TYPE : cls;
        List<PyObject> values = new ArrayList<>(List.of(skipkeys, ensureAscii, checkCircular, allowNan,
                indent, separators, dflt, sortKeys));
        List<String> names = new ArrayList<>(List.of("skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                "indent", "separators", "default", "sort_keys"));
        if (kw != null) {
            for (PyObject k : kw.keysArray()) {
                names.add(k.toString());
                values.add(kw.getItem(k));
            }
        }
        PyObject encoder = type.call(values.toArray(new PyObject[0]), names.toArray(new String[0]));
        return Abstract.callMethod(encoder, "encode", obj);
    }

    @PyFunction(doc = "Serialize ``obj`` as a JSON formatted stream to ``fp``.")
    static void dump(@Name("obj") PyObject obj, @Name("fp") PyObject fp,
            @KwOnly("skipkeys") @Default("False") PyObject skipkeys,
            @KwOnly("ensure_ascii") @Default("True") PyObject ensureAscii,
            @KwOnly("check_circular") @Default("True") PyObject checkCircular,
            @KwOnly("allow_nan") @Default("True") PyObject allowNan,
            @KwOnly("cls") @Default("None") PyObject cls,
            @KwOnly("indent") @Default("None") PyObject indent,
            @KwOnly("separators") @Default("None") PyObject separators,
            @KwOnly("default") @Default("None") PyObject dflt,
            @KwOnly("sort_keys") @Default("False") PyObject sortKeys,
            @Kwargs PyDict kw) {
        PyObject text = dumps(obj, skipkeys, ensureAscii, checkCircular, allowNan, cls, indent,
                separators, dflt, sortKeys, kw);
        Abstract.callMethod(fp, "write", text);
    }

    // ---- decoding ---------------------------------------------------------------------------

    @PyFunction(doc = "Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance\n"
            + "containing a JSON document) to a Python object.")
    static PyObject loads(@Name("s") PyObject s,
            @KwOnly("cls") @Default("None") PyObject cls,
            @KwOnly("object_hook") @Default("None") PyObject objectHook,
            @KwOnly("parse_float") @Default("None") PyObject parseFloat,
            @KwOnly("parse_int") @Default("None") PyObject parseInt,
            @KwOnly("parse_constant") @Default("None") PyObject parseConstant,
            @KwOnly("object_pairs_hook") @Default("None") PyObject objectPairsHook,
            @Kwargs PyDict kw) {
        PyStr doc = documentText(s);
        if (cls == PyNone.NONE && (kw == null || kw.size() == 0)) {
            JsonScanner scanner = new JsonScanner(objectHook, objectPairsHook, parseFloat, parseInt,
                    parseConstant, true);
            return JsonDecoder.decode(scanner, doc);
        }
        PyObject type = cls == PyNone.NONE ? JsonDecoder.TYPE : cls;
        List<PyObject> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String[] hookNames = {"object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"};
        PyObject[] hooks = {objectHook, parseFloat, parseInt, parseConstant, objectPairsHook};
        for (int i = 0; i < hooks.length; i++) {
            // CPython passes only the hooks that were given.
            if (hooks[i] != PyNone.NONE) {
                names.add(hookNames[i]);
                values.add(hooks[i]);
            }
        }
        if (kw != null) {
            for (PyObject k : kw.keysArray()) {
                names.add(k.toString());
                values.add(kw.getItem(k));
            }
        }
        PyObject decoder = type.call(values.toArray(new PyObject[0]), names.toArray(new String[0]));
        return Abstract.callMethod(decoder, "decode", doc);
    }

    @PyFunction(doc = "Deserialize ``fp`` (a ``.read()``-supporting file-like object containing\n"
            + "a JSON document) to a Python object.")
    static PyObject load(@Name("fp") PyObject fp,
            @KwOnly("cls") @Default("None") PyObject cls,
            @KwOnly("object_hook") @Default("None") PyObject objectHook,
            @KwOnly("parse_float") @Default("None") PyObject parseFloat,
            @KwOnly("parse_int") @Default("None") PyObject parseInt,
            @KwOnly("parse_constant") @Default("None") PyObject parseConstant,
            @KwOnly("object_pairs_hook") @Default("None") PyObject objectPairsHook,
            @Kwargs PyDict kw) {
        return loads(Abstract.callMethod(fp, "read"), cls, objectHook, parseFloat, parseInt,
                parseConstant, objectPairsHook, kw);
    }

    /** The document as text: a str (refusing a BOM), or bytes decoded by their detected encoding. */
    // CPython: Lib/json/__init__.py, loads and detect_encoding
    static PyStr documentText(PyObject s) {
        if (s instanceof PyStr str) {
            if (str.toString().startsWith("\ufeff")) {
                throw JsonDecodeErrors.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", str.toString(), 0);
            }
            return str;
        }
        byte[] b;
        if (s instanceof PyBytes bytes) {
            b = bytes.toByteArray();
        } else if (s instanceof PyByteArray array) {
            b = array.toByteArray();
        } else {
            throw Errors.typeError("the JSON object must be str, bytes or bytearray, not %s", s.getType().getName());
        }
        PyStr encoding = PyStr.of(detectEncoding(b));
        try {
            return (PyStr) Abstract.callMethod(s, "decode", encoding, PyStr.of("surrogatepass"));
        } catch (PyException e) {
            // TODO(codecs): drop this fallback once the codecs know the surrogatepass handler.
            if (!e.matches(ExceptionTypes.LookupError)) {
                throw e;
            }
            return (PyStr) Abstract.callMethod(s, "decode", encoding);
        }
    }

    @PyFunction(doc = "The encoding of a JSON document given as bytes, from its BOM or its zero bytes.")
    static PyObject detect_encoding(@Name("b") PyObject b) {
        if (b instanceof PyBytes bytes) {
            return PyStr.of(detectEncoding(bytes.toByteArray()));
        }
        if (b instanceof PyByteArray array) {
            return PyStr.of(detectEncoding(array.toByteArray()));
        }
        throw Errors.typeError("tuple for startswith must only contain str, not bytes");
    }

    static String detectEncoding(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe, 0x00, 0x00)) {
            return "utf-32";
        }
        if (startsWith(b, 0xfe, 0xff) || startsWith(b, 0xff, 0xfe)) {
            return "utf-16";
        }
        if (startsWith(b, 0xef, 0xbb, 0xbf)) {
            return "utf-8-sig";
        }
        if (b.length >= 4) {
            if (b[0] == 0) {
                return b[1] != 0 ? "utf-16-be" : "utf-32-be";
            }
            if (b[1] == 0) {
                return b[2] != 0 || b[3] != 0 ? "utf-16-le" : "utf-32-le";
            }
        } else if (b.length == 2) {
            if (b[0] == 0) {
                return "utf-16-be";
            }
            if (b[1] == 0) {
                return "utf-16-le";
            }
        }
        return "utf-8";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
