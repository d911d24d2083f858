package dev.taipan.modules;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.PyClass;
import dev.taipan.objects.expose.PyGetter;
import dev.taipan.objects.expose.PyMethod;

import java.lang.invoke.MethodHandles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A hash object of {@code hashlib} ({@code _hashlib.HASH}) over a {@link MessageDigest}. Its
 * methods lock the object, so threads may feed one hash at once without tearing it.
 */
// CPython: Modules/_hashopenssl.c, EVP objects
@PyClass(name = "HASH", module = "_hashlib", baseType = false)
public final class PyHash extends PyObject {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** The type {@code _hashlib.HASH}. */
    public static final PyType TYPE = PyType.fromClass(PyHash.class, LOOKUP);

    /** An algorithm: its Python name, the JDK's name, its block size. */
    record Algorithm(String name, String javaName, int blockSize) {
    }

    /** The algorithms the JDK provides, by Python name, in a fixed order. */
    static final Map<String, Algorithm> ALGORITHMS = algorithms();

    private static Map<String, Algorithm> algorithms() {
        Map<String, Algorithm> m = new LinkedHashMap<>();
        Algorithm[] all = {
            new Algorithm("md5", "MD5", 64), new Algorithm("sha1", "SHA-1", 64),
            new Algorithm("sha224", "SHA-224", 64), new Algorithm("sha256", "SHA-256", 64),
            new Algorithm("sha384", "SHA-384", 128), new Algorithm("sha512", "SHA-512", 128),
            new Algorithm("sha512_224", "SHA-512/224", 128), new Algorithm("sha512_256", "SHA-512/256", 128),
            new Algorithm("sha3_224", "SHA3-224", 144), new Algorithm("sha3_256", "SHA3-256", 136),
            new Algorithm("sha3_384", "SHA3-384", 104), new Algorithm("sha3_512", "SHA3-512", 72),
        };
        for (Algorithm a : all) {
            try {
                MessageDigest.getInstance(a.javaName);
                m.put(a.name, a);
            } catch (NoSuchAlgorithmException e) {
                // Not in this JDK: hashlib does without it, as CPython does without an OpenSSL digest.
            }
        }
        return Collections.unmodifiableMap(m);
    }

    private final Algorithm algorithm;
    private final MessageDigest digest;

    private PyHash(Algorithm algorithm, MessageDigest digest) {
        this.algorithm = algorithm;
        this.digest = digest;
    }

    /**
     * Makes a hash object for a name as {@code hashlib.new} takes it (any case), or returns null.
     *
     * @param name the algorithm name
     * @return a new hash object, or null for an unknown name
     */
    static PyHash create(String name) {
        Algorithm a = ALGORITHMS.get(name.toLowerCase(Locale.ROOT));
        if (a == null) {
            return null;
        }
        try {
            return new PyHash(a, MessageDigest.getInstance(a.javaName));
        } catch (NoSuchAlgorithmException e) {
            return null;
        }
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** The bytes of data to hash, with hashlib's messages for str and non-buffers. */
    static byte[] dataOf(PyObject data) {
        if (data instanceof PyBytes b) {
            return b.toByteArray();
        } else if (data instanceof PyByteArray b) {
            return b.toByteArray();
        } else if (data instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        } else if (data.getType().getName().equals("memoryview")) {
            return StructModule.bytesOf(data);
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    @PyMethod
    synchronized void update(PyObject data) {
        digest.update(dataOf(data));
    }

    private synchronized byte[] currentDigest() {
        try {
            // digest() resets the MessageDigest, so finish a copy and keep this one running.
            return ((MessageDigest) digest.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw Errors.runtimeError("hash state cannot be copied");
        }
    }

    @PyMethod
    PyObject digest() {
        return new PyBytes(currentDigest());
    }

    @PyMethod
    String hexdigest() {
        return HexFormat.of().formatHex(currentDigest());
    }

    @PyMethod
    synchronized PyObject copy() {
        try {
            return new PyHash(algorithm, (MessageDigest) digest.clone());
        } catch (CloneNotSupportedException e) {
            throw Errors.runtimeError("hash state cannot be copied");
        }
    }

    @PyGetter
    String name() {
        return algorithm.name;
    }

    @PyGetter
    int digest_size() {
        return digest.getDigestLength();
    }

    @PyGetter
    int block_size() {
        return algorithm.blockSize;
    }

    @PyMethod
    String __repr__() {
        return "<" + algorithm.name + " _hashlib.HASH object @ " + Abstract.addressOf(this) + ">";
    }
}
