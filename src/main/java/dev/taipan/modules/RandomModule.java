package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code _random} module: the Mersenne Twister generator type {@link MersenneTwister} on which
 * the pure-Python {@code random} module builds, and a private {@code _sha512} helper used for
 * version-2 seeding from {@code str} and {@code bytes} while {@code hashlib} is missing.
 */
// CPython: Modules/_randommodule.c
public final class RandomModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** Creates the module with its type and functions. */
    public RandomModule() {
        super("_random");
        ModuleExposer.expose(this, RandomModule.class, LOOKUP, this::put);
        put("Random", MersenneTwister.TYPE);
    }

    /**
     * Returns the SHA-512 digest of a bytes-like object, as {@code bytes}.
     *
     * @param data a {@code bytes} or {@code bytearray}
     * @return the 64-byte digest
     */
    @PyFunction
    static PyObject _sha512(PyObject data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-512");
            return new PyBytes(md.digest(MersenneTwister.bytesOf(data)));
        } catch (NoSuchAlgorithmException e) {
            throw Errors.valueError("SHA-512 is not available");
        }
    }
}
