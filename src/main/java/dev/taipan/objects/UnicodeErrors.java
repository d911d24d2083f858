package dev.taipan.objects;

import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * The behaviour of {@code UnicodeEncodeError}, {@code UnicodeDecodeError} and
 * {@code UnicodeTranslateError}. Field indices: 0 encoding, 1 object, 2 start, 3 end, 4 reason.
 *
 * <p>CPython: Objects/exceptions.c, UnicodeEncodeError_str and its siblings
 */
final class UnicodeErrors {
    private UnicodeErrors() {
    }

    private static void setAll(PyBaseException self, PyObject[] args, boolean translate) {
        self.setArgs(PyTuple.of(args));
        int need = translate ? 4 : 5;
        if (args.length != need) {
            throw Errors.typeError("function takes exactly %d arguments (%d given)", need,
                    args.length);
        }
        int i = 0;
        if (!translate) {
            if (!(args[0] instanceof PyStr)) {
                throw Errors.typeError("argument 1 must be str, not %s",
                        args[0].getType().getName());
            }
            self.setField(0, args[i++]);
        }
        self.setField(1, args[i++]);
        self.setField(2, PyInt.of(Abstract.asSize(args[i++])));
        self.setField(3, PyInt.of(Abstract.asSize(args[i++])));
        self.setField(4, args[i]);
    }

    private static String charEscape(int c) {
        if (c <= 0xff) {
            return String.format("\\x%02x", c);
        } else if (c <= 0xffff) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    private static String strOf(PyBaseException self, String what, boolean isBytes) {
        PyObject obj = self.field(1);
        int start = Abstract.asSize(self.field(2));
        int end = Abstract.asSize(self.field(3));
        String reason = Abstract.str(self.field(4)).toString();
        String prefix = what.equals("translate") ? "can't translate"
                : "'" + Abstract.str(self.field(0)) + "' codec can't " + what;
        int len = isBytes ? ((PyBytes) obj).length() : ((PyStr) obj).length();
        if (start < len && end == start + 1) {
            if (isBytes) {
                int b = ((PyBytes) obj).byteAt(start) & 0xff;
                return prefix + String.format(" byte 0x%02x in position %d: %s", b, start, reason);
            }
            int c = ((PyStr) obj).codePointAt(start);
            return prefix + " character '" + charEscape(c) + "' in position " + start + ": "
                    + reason;
        }
        return prefix + (isBytes ? " bytes" : " characters") + " in position " + start + "-"
                + (end - 1) + ": " + reason;
    }

    /** {@code UnicodeEncodeError(encoding, object, start, end, reason)}. */
    static final class Encode {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args) {
            setAll(self, args, false);
            if (!(args[1] instanceof PyStr)) {
                throw Errors.typeError("argument 2 must be str, not %s",
                        args[1].getType().getName());
            }
        }

        @PyMethod
        static String __str__(PyBaseException self) {
            return strOf(self, "encode", false);
        }
    }

    /** {@code UnicodeDecodeError(encoding, object, start, end, reason)}. */
    static final class Decode {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args) {
            setAll(self, args, false);
            if (args[1] instanceof PyByteArray ba) {
                self.setField(1, new PyBytes(ba.toByteArray()));
            } else if (!(args[1] instanceof PyBytes)) {
                throw Errors.typeError("a bytes-like object is required, not '%s'",
                        args[1].getType().getName());
            }
        }

        @PyMethod
        static String __str__(PyBaseException self) {
            return strOf(self, "decode", true);
        }
    }

    /** {@code UnicodeTranslateError(object, start, end, reason)}. */
    static final class Translate {
        static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        @PyMethod
        static void __init__(PyBaseException self, @Args PyObject[] args) {
            setAll(self, args, true);
        }

        @PyMethod
        static String __str__(PyBaseException self) {
            return strOf(self, "translate", false);
        }
    }
}
