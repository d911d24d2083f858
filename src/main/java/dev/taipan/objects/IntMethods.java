package dev.taipan.objects;

import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyClassMethod;
import dev.taipan.objects.expose.PyMethod;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The unary, conversion, bit and formatting methods of {@code int}, and {@code int(x)}'s
 * conversion rules.
 *
 * <p>CPython: Objects/longobject.c
 */
final class IntMethods {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private IntMethods() {
    }

    // CPython: Objects/abstract.c, PyNumber_Long
    static PyInt fromObject(PyObject x) {
        if (x instanceof PyInt i) {
            return i.exact();
        }
        PyType t = x.getType();
        PyObject f = t.slot(Slot.INT);
        if (f != null) {
            PyObject r = Slots.call0(f, x);
            if (r instanceof PyInt i) {
                return i.exact();
            }
            throw Errors.typeError("__int__ returned non-int (type %.200s)", r.getType().getName());
        }
        if (t.slot(Slot.INDEX) != null) {
            return Abstract.index(x).exact();
        }
        if (t.slot(Slot.TRUNC) != null) {
            PyObject r = Slots.call0(t.slot(Slot.TRUNC), x);
            if (r instanceof PyInt i) {
                return i.exact();
            }
            return Abstract.index(r).exact();
        }
        if (x instanceof PyStr s) {
            return IntMath.parse(s.toString(), 10);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return IntMath.parse(latin1(x), 10);
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real "
                + "number, not '%.200s'", t.getName());
    }

    static String latin1(PyObject b) {
        byte[] a = b instanceof PyBytes pb ? pb.toByteArray() : ((PyByteArray) b).toByteArray();
        return new String(a, StandardCharsets.ISO_8859_1);
    }

    /**
     * Converts a finite double to an int, truncating.
     *
     * @param d the value
     * @return the int
     */
    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    @PyMethod
    static PyObject __neg__(PyInt self) {
        return self.negate();
    }

    @PyMethod
    static PyObject __pos__(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static PyObject __abs__(PyInt self) {
        return self.signum() < 0 ? self.negate() : self.exact();
    }

    @PyMethod
    static PyObject __invert__(PyInt self) {
        return self.fitsLong() ? PyInt.of(~self.longValue()) : PyInt.of(self.bigValue().not());
    }

    @PyMethod
    static PyObject __index__(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static PyObject __int__(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static double __float__(PyInt self) {
        return self.toDouble();
    }

    @PyMethod
    static PyObject __trunc__(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static PyObject __floor__(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static PyObject __ceil__(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static PyObject conjugate(PyInt self) {
        return self.exact();
    }

    @PyMethod
    static boolean is_integer(PyInt self) {
        return true;
    }

    // CPython: Objects/longobject.c, int___round___impl
    @PyMethod
    static PyObject __round__(PyInt self, @Opt PyObject ndigits) {
        if (ndigits == null) {
            return self.exact();
        }
        PyInt n = Abstract.index(ndigits);
        if (n.signum() >= 0) {
            return self.exact();
        }
        if (!n.fitsLong()) {
            return PyInt.of(0);
        }
        return PyInt.of(IntMath.round(self.bigValue(), n.longValue()));
    }

    @PyMethod
    static PyObject __getnewargs__(PyInt self) {
        return PyTuple.of(self.exact());
    }

    @PyMethod
    static int __sizeof__(PyInt self) {
        int digits = Math.max(1, (self.bigValue().abs().bitLength() + 29) / 30);
        return 24 + 4 * digits;
    }

    @PyMethod
    static PyObject __format__(PyInt self, String spec) {
        if (spec.isEmpty()) {
            return Abstract.str(self);
        }
        return PyStr.of(FormatSpec.parse(spec, "int").formatInt(self));
    }

    @PyMethod
    static long bit_length(PyInt self) {
        if (self.fitsLong()) {
            long v = self.longValue();
            return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
        }
        return self.bigValue().abs().bitLength();
    }

    @PyMethod
    static long bit_count(PyInt self) {
        if (self.fitsLong() && self.longValue() != Long.MIN_VALUE) {
            return Long.bitCount(Math.abs(self.longValue()));
        }
        return self.bigValue().abs().bitCount();
    }

    @PyMethod
    static PyObject as_integer_ratio(PyInt self) {
        return PyTuple.of(self.exact(), PyInt.of(1));
    }

    private static boolean littleEndian(String byteorder) {
        if (byteorder.equals("little")) {
            return true;
        } else if (byteorder.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    // CPython: Objects/longobject.c, int_to_bytes_impl
    static PyObject toBytes(PyInt self, int length, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        BigInteger v = self.bigValue();
        if (!signed && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() == 0) {
            bits = 0;
        }
        if (bits > (long) length * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        byte[] out = new byte[length];
        byte[] twos = v.toByteArray();
        byte fillByte = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < length; i++) {
            int src = twos.length - 1 - i;
            byte b = src >= 0 ? twos[src] : fillByte;
            out[little ? i : length - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    @PyClassMethod
    static PyObject from_bytes(PyType cls, @Name("bytes") PyObject bytes,
            @Name("byteorder") @Default("'big'") String byteorder,
            @KwOnly("signed") @Default("False") boolean signed) {
        boolean little = littleEndian(byteorder);
        byte[] data;
        if (bytes instanceof PyBytes b) {
            data = b.toByteArray();
        } else if (bytes instanceof PyByteArray b) {
            data = b.toByteArray();
        } else {
            data = PyBytes.fromIterable(bytes).toByteArray();
        }
        byte[] be = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            be[i] = little ? data[data.length - 1 - i] : data[i];
        }
        BigInteger v = be.length == 0 ? BigInteger.ZERO
                : signed ? new BigInteger(be) : new BigInteger(1, be);
        PyInt r = PyInt.of(v);
        if (cls == PyInt.TYPE) {
            return r;
        }
        return cls.call(r);
    }
}
