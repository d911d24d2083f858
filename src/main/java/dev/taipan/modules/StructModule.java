package dev.taipan.modules;

import dev.taipan.interp.PyModule;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyByteArray;
import dev.taipan.objects.PyBytes;
import dev.taipan.objects.PyException;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;
import dev.taipan.objects.expose.Args;
import dev.taipan.objects.expose.Default;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.Name;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code struct} module: conversion between Python values and C structs packed in bytes, with
 * the {@link PyStruct} type doing the work and {@code struct.error} for bad formats and values.
 */
// CPython: Modules/_struct.c and Lib/struct.py
public final class StructModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The exception type {@code struct.error}. */
    public static final PyType ERROR = errorType();

    /** As many compiled formats as CPython's struct cache keeps before it starts again. */
    private static final int MAX_CACHE = 100;

    /** Compiled formats by format text; {@link PyStruct} is immutable, so threads may share them. */
    private final ConcurrentHashMap<String, PyStruct> cache = new ConcurrentHashMap<>();

    /** Creates the module with its functions and types. */
    public StructModule() {
        super("struct");
        ModuleExposer.expose(this, StructModule.class, LOOKUP, this::put);
        put("Struct", PyStruct.TYPE);
        put("error", ERROR);
    }

    private static PyType errorType() {
        PyType t = PyType.builtin("error", PyBaseException.class, new PyType[] {ExceptionTypes.Exception}, null, null);
        t.getDict().put("__module__", PyStr.of("struct"));
        return t;
    }

    /** The compiled form of a format, from the cache when it was seen before. */
    private PyStruct compiled(PyObject format) {
        String key;
        if (format instanceof PyStr str) {
            key = str.toString();
        } else if (format instanceof PyBytes b) {
            // A bytes format compiles as the str of the same characters would.
            key = new String(b.toByteArray(), StandardCharsets.ISO_8859_1);
        } else {
            return PyStruct.of(format);
        }
        PyStruct s = cache.get(key);
        if (s == null) {
            s = PyStruct.of(format);
            if (cache.size() >= MAX_CACHE) {
                cache.clear();
            }
            cache.put(key, s);
        }
        return s;
    }

    /** A {@code struct.error} with a formatted message. */
    static PyException error(String format, Object... args) {
        return Errors.of(ERROR, format, args);
    }

    /** The bytes of a bytes-like argument: {@code bytes}, {@code bytearray} or {@code memoryview}. */
    static byte[] bytesOf(PyObject b) {
        if (b instanceof PyBytes x) {
            return x.toByteArray();
        } else if (b instanceof PyByteArray x) {
            return x.toByteArray();
        } else if (b.getType().getName().equals("memoryview") && b.getType().getModule().equals("builtins")) {
            return ((PyBytes) Abstract.callMethod(b, "tobytes")).toByteArray();
        }
        throw Errors.typeError("a bytes-like object is required, not '%.100s'", b.getType().getName());
    }

    @PyFunction
    PyObject pack(@Args PyObject[] args) {
        if (args.length == 0) {
            throw Errors.typeError("missing format argument");
        }
        return new PyBytes(compiled(args[0]).packArgs("pack", args, 1));
    }

    @PyFunction
    PyObject pack_into(@Args PyObject[] args) {
        if (args.length == 0) {
            throw Errors.typeError("missing format argument");
        }
        PyStruct s = compiled(args[0]);
        if (args.length < 2) {
            throw error("pack_into expected buffer argument");
        }
        if (args.length < 3) {
            throw error("pack_into expected offset argument");
        }
        s.packInto(args[1], args[2], args, 3);
        return PyNone.NONE;
    }

    @PyFunction
    PyObject unpack(PyObject format, PyObject buffer) {
        return compiled(format).unpack(buffer);
    }

    @PyFunction
    PyObject unpack_from(PyObject format, @Name("buffer") PyObject buffer,
                         @Name("offset") @Default("0") long offset) {
        return compiled(format).unpack_from(buffer, offset);
    }

    @PyFunction
    PyObject iter_unpack(PyObject format, PyObject buffer) {
        return compiled(format).iter_unpack(buffer);
    }

    @PyFunction
    int calcsize(PyObject format) {
        return compiled(format).size();
    }

    @PyFunction
    PyObject _clearcache() {
        cache.clear();
        return PyNone.NONE;
    }
}
