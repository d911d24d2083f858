package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.HasDict;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyFloat;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.Kwargs;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyMethod;
import dev.taipan.objects.expose.PyNew;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random.Random}: the MT19937 Mersenne Twister of Matsumoto and Nishimura, seeded as
 * CPython seeds it (the absolute value of an integer seed, split into 32-bit words, is the key of
 * {@code init_by_array}). Python subclasses (notably {@code random.Random}) get a {@link Derived}
 * instance with a dict.
 */
// CPython: Modules/_randommodule.c
@PyClass(name = "Random", module = "_random", doc = "Random() -> create a random number generator with its own internal state.")
public class MersenneTwister extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _random.Random}. */
    public static final PyType TYPE = PyType.fromClass(MersenneTwister.class, LOOKUP);

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index = N + 1;

    /** An instance of a Python subclass of {@code _random.Random}. */
    static final class Derived extends MersenneTwister implements HasDict {
        private final PyType type;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            if (dict == null) {
                dict = new PyDict();
            }
            return dict;
        }

        @Override
        public void setDict(PyDict d) {
            dict = d;
        }
    }

    /** Creates a generator seeded from system entropy. */
    public MersenneTwister() {
        seedFromEntropy();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @PyNew
    static PyObject __new__(PyType cls, @Args PyObject[] args, @Kwargs PyDict kwargs) {
        if (cls == TYPE && kwargs != null && kwargs.size() > 0) {
            throw Errors.typeError("Random() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw Errors.typeError("Random() expected at most 1 argument, got %d", args.length);
        }
        MersenneTwister r = cls == TYPE ? new MersenneTwister() : new Derived(cls);
        if (args.length == 1) {
            r.seedWith(args[0]);
        }
        return r;
    }

    // ---- the generator --------------------------------------------------------------------

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** Returns the next 32 random bits, as an unsigned value in an int. */
    private int genrand() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    private void seedFromEntropy() {
        byte[] bytes = new byte[N * 4];
        new SecureRandom().nextBytes(bytes);
        int[] key = new int[N];
        for (int i = 0; i < N; i++) {
            key[i] = (bytes[4 * i] & 0xff) | (bytes[4 * i + 1] & 0xff) << 8
                    | (bytes[4 * i + 2] & 0xff) << 16 | (bytes[4 * i + 3] & 0xff) << 24;
        }
        initByArray(key);
    }

    /** Seeds from None (entropy), an int (its absolute value) or any hashable (its hash). */
    private void seedWith(PyObject arg) {
        if (arg == null || arg == PyNone.NONE) {
            seedFromEntropy();
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            long h = Abstract.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        initByArray(key);
    }

    static byte[] bytesOf(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (data instanceof PyByteArray b) {
            return b.toByteArray();
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    // ---- the Python methods ---------------------------------------------------------------

    /**
     * {@code seed(n=None)}: initializes the state from an int, a hashable object or entropy.
     *
     * @param n the seed
     * @return None
     */
    @PyMethod
    PyObject seed(@Default("None") PyObject n) {
        seedWith(n);
        return PyNone.NONE;
    }

    /**
     * {@code random()}: the next float in [0.0, 1.0), with 53 random bits.
     *
     * @return the float
     */
    @PyMethod
    PyObject random() {
        long a = Integer.toUnsignedLong(genrand()) >>> 5;
        long b = Integer.toUnsignedLong(genrand()) >>> 6;
        return PyFloat.of((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
    }

    /**
     * {@code getrandbits(k)}: a non-negative int with {@code k} random bits.
     *
     * @param kObj the number of bits
     * @return the int
     */
    @PyMethod
    PyObject getrandbits(PyObject kObj) {
        PyInt kInt = Abstract.index(kObj);
        if (kInt.signum() < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (!kInt.fitsInt()) {
            throw Errors.overflowError(
                    "Python int too large to convert to C int");
        }
        int k = kInt.intValue();
        if (k == 0) {
            return PyInt.of(0);
        }
        if (k <= 32) {
            return PyInt.of(Integer.toUnsignedLong(genrand()) >>> (32 - k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] big = new byte[words * 4 + 1]; // big-endian with a zero sign byte
        for (int w = 0; w < words; w++, k -= 32) {
            int r = genrand();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = big.length - 4 * (w + 1);
            big[at] = (byte) (r >>> 24);
            big[at + 1] = (byte) (r >>> 16);
            big[at + 2] = (byte) (r >>> 8);
            big[at + 3] = (byte) r;
        }
        return PyInt.of(new BigInteger(big));
    }

    /**
     * {@code getstate()}: the 624 state words and the position, as a tuple of 625 ints.
     *
     * @return the state
     */
    @PyMethod
    PyObject getstate() {
        PyObject[] items = new PyObject[N + 1];
        for (int i = 0; i < N; i++) {
            items[i] = PyInt.of(Integer.toUnsignedLong(mt[i]));
        }
        items[N] = PyInt.of(index);
        return PyTuple.wrap(items);
    }

    /**
     * {@code setstate(state)}: restores a state from {@link #getstate()}.
     *
     * @param state the tuple
     * @return None
     */
    @PyMethod
    PyObject setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        if (t.size() != N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[N];
        for (int i = 0; i < N; i++) {
            PyInt w = Abstract.index(t.items()[i]);
            if (w.signum() < 0 || w.bigValue().bitLength() > 32) {
                throw Errors.overflowError(
                        "Python int too large to convert to C unsigned long");
            }
            words[i] = (int) w.longValue();
        }
        PyInt pos = Abstract.index(t.items()[N]);
        if (pos.signum() < 0 || pos.compareTo(PyInt.of(N)) > 0) {
            throw Errors.valueError("invalid state");
        }
        System.arraycopy(words, 0, mt, 0, N);
        index = pos.intValue();
        return PyNone.NONE;
    }
}
