package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyFrozenSet;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PySet;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.KwOnly;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.Opt;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code hashlib} module over the JDK's {@link MessageDigest}: MD5, SHA-1, the SHA-2 family
 * and SHA-3, with {@code new}, the named constructors, {@code file_digest} and
 * {@code pbkdf2_hmac}. BLAKE2 and SHAKE are absent, as the JDK does not provide them.
 */
// CPython: Lib/hashlib.py and Modules/_hashopenssl.c
public final class HashlibModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Creates the module with its functions and algorithm sets. */
    public HashlibModule() {
        super("hashlib");
        ModuleExposer.expose(this, HashlibModule.class, LOOKUP, this::put);
        PySet available = new PySet();
        for (String name : PyHash.ALGORITHMS.keySet()) {
            available.add(PyStr.of(name));
        }
        put("algorithms_available", available);
        List<PyObject> guaranteed = new ArrayList<>();
        for (String name : PyHash.ALGORITHMS.keySet()) {
            if (!name.startsWith("sha512_")) {
                guaranteed.add(PyStr.of(name));
            }
        }
        put("algorithms_guaranteed", PyFrozenSet.of(guaranteed.toArray(new PyObject[0])));
    }

    private static PyObject make(String name, PyObject data, PyObject string) {
        PyHash h = PyHash.create(name);
        if (h == null) {
            throw Errors.valueError("unsupported hash type %s", name);
        }
        if (data != null && string != null) {
            throw Errors.typeError("'data' and 'string' are mutually exclusive and support for 'string' "
                    + "keyword parameter is slated for removal in a future version.");
        }
        PyObject d = data != null ? data : string;
        if (d != null) {
            h.update(d);
        }
        return h;
    }

    @PyFunction("new")
    static PyObject newHash(@Name("name") PyObject name, @Name("data") @Opt PyObject data,
                            @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                            @KwOnly("string") @Opt PyObject string) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("new() argument 'name' must be str, not %.200s", name.getType().getName());
        }
        return make(s.toString(), data, string);
    }

    @PyFunction
    static PyObject md5(@Name("data") @Opt PyObject data,
                        @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                        @KwOnly("string") @Opt PyObject string) {
        return make("md5", data, string);
    }

    @PyFunction
    static PyObject sha1(@Name("data") @Opt PyObject data,
                         @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                         @KwOnly("string") @Opt PyObject string) {
        return make("sha1", data, string);
    }

    @PyFunction
    static PyObject sha224(@Name("data") @Opt PyObject data,
                           @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                           @KwOnly("string") @Opt PyObject string) {
        return make("sha224", data, string);
    }

    @PyFunction
    static PyObject sha256(@Name("data") @Opt PyObject data,
                           @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                           @KwOnly("string") @Opt PyObject string) {
        return make("sha256", data, string);
    }

    @PyFunction
    static PyObject sha384(@Name("data") @Opt PyObject data,
                           @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                           @KwOnly("string") @Opt PyObject string) {
        return make("sha384", data, string);
    }

    @PyFunction
    static PyObject sha512(@Name("data") @Opt PyObject data,
                           @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                           @KwOnly("string") @Opt PyObject string) {
        return make("sha512", data, string);
    }

    @PyFunction
    static PyObject sha3_224(@Name("data") @Opt PyObject data,
                             @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                             @KwOnly("string") @Opt PyObject string) {
        return make("sha3_224", data, string);
    }

    @PyFunction
    static PyObject sha3_256(@Name("data") @Opt PyObject data,
                             @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                             @KwOnly("string") @Opt PyObject string) {
        return make("sha3_256", data, string);
    }

    @PyFunction
    static PyObject sha3_384(@Name("data") @Opt PyObject data,
                             @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                             @KwOnly("string") @Opt PyObject string) {
        return make("sha3_384", data, string);
    }

    @PyFunction
    static PyObject sha3_512(@Name("data") @Opt PyObject data,
                             @KwOnly("usedforsecurity") @Default("True") boolean usedForSecurity,
                             @KwOnly("string") @Opt PyObject string) {
        return make("sha3_512", data, string);
    }

    /**
     * {@code file_digest(fileobj, digest)}: hashes a binary file object, read in chunks (or its
     * whole buffer at once where it has {@code getbuffer}, as {@code BytesIO} does).
     */
    @PyFunction
    static PyObject file_digest(PyObject fileobj, PyObject digest,
                                @KwOnly("_bufsize") @Default("262144") int bufsize) {
        PyObject h = digest instanceof PyStr s ? make(s.toString(), null, null)
                : Abstract.callWithDict(digest, new PyObject[0], null);
        if (Abstract.lookupAttr(fileobj, "getbuffer") != null) {
            Abstract.callMethod(h, "update", Abstract.callMethod(fileobj, "getbuffer"));
            return h;
        }
        if (Abstract.lookupAttr(fileobj, "read") == null || Abstract.lookupAttr(fileobj, "readable") == null
                || !Abstract.isTrue(Abstract.callMethod(fileobj, "readable"))) {
            throw Errors.valueError("'%s' is not a file-like object in binary reading mode.", Abstract.repr(fileobj));
        }
        while (true) {
            PyObject chunk = Abstract.callMethod(fileobj, "read", PyInt.of(bufsize));
            if (chunk == PyNone.NONE || Abstract.len(chunk) == 0) {
                return h;
            }
            Abstract.callMethod(h, "update", chunk);
        }
    }

    /** {@code pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)} (RFC 8018). */
    @PyFunction
    static PyObject pbkdf2_hmac(@Name("hash_name") String hashName, @Name("password") PyObject password,
                                @Name("salt") PyObject salt, @Name("iterations") long iterations,
                                @Name("dklen") @Default("None") PyObject dklen) {
        PyHash.Algorithm a = PyHash.ALGORITHMS.get(hashName.toLowerCase(Locale.ROOT));
        if (a == null) {
            throw Errors.valueError("unsupported hash type %s", hashName);
        }
        byte[] pw = PyHash.dataOf(password);
        byte[] s = PyHash.dataOf(salt);
        if (iterations < 1) {
            throw Errors.valueError("iteration value must be greater than 0.");
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(a.javaName());
        } catch (NoSuchAlgorithmException e) {
            throw Errors.valueError("unsupported hash type %s", hashName);
        }
        int hLen = md.getDigestLength();
        long length = dklen == PyNone.NONE ? hLen : Abstract.asLong(dklen);
        if (length < 1) {
            throw Errors.valueError("key length must be greater than 0.");
        }
        if (length > Integer.MAX_VALUE) {
            throw Errors.overflowError("key length is too great.");
        }
        Hmac mac = new Hmac(md, a.blockSize(), pw);
        byte[] out = new byte[(int) length];
        for (int block = 1, off = 0; off < out.length; block++, off += hLen) {
            byte[] index = {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block};
            byte[] u = mac.sum(s, index);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = mac.sum(u, null);
                for (int k = 0; k < t.length; k++) {
                    t[k] ^= u[k];
                }
            }
            System.arraycopy(t, 0, out, off, Math.min(hLen, out.length - off));
        }
        return new PyBytes(out);
    }

    /** HMAC (RFC 2104) over a message digest, keyed once. */
    private static final class Hmac {
        private final MessageDigest md;
        private final byte[] inner;
        private final byte[] outer;

        Hmac(MessageDigest md, int blockSize, byte[] key) {
            this.md = md;
            byte[] k = key.length > blockSize ? md.digest(key) : key;
            inner = new byte[blockSize];
            outer = new byte[blockSize];
            for (int i = 0; i < blockSize; i++) {
                byte b = i < k.length ? k[i] : 0;
                inner[i] = (byte) (b ^ 0x36);
                outer[i] = (byte) (b ^ 0x5c);
            }
        }

        byte[] sum(byte[] first, byte[] second) {
            md.update(inner);
            md.update(first);
            if (second != null) {
                md.update(second);
            }
            byte[] h = md.digest();
            md.update(outer);
            return md.digest(h);
        }
    }
}
