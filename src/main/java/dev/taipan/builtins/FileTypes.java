package dev.taipan.builtins;

import dev.taipan.objects.PyType;

/**
 * The types of the file objects {@code open()} makes, and {@code io.UnsupportedOperation}, for
 * the {@code io} module to name them.
 */
public final class FileTypes {
    private FileTypes() {
    }

    /** {@code io.UnsupportedOperation}, the error a file raises for an operation its mode lacks. */
    public static PyType unsupportedOperation() {
        return RawFile.UNSUPPORTED_OPERATION;
    }

    /** {@code _io.FileIO}, an unbuffered binary file. */
    public static PyType fileIO() {
        return PyBinaryFile.FileIO.TYPE;
    }

    /** {@code _io.BufferedReader}. */
    public static PyType bufferedReader() {
        return PyBinaryFile.BufferedReader.TYPE;
    }

    /** {@code _io.BufferedWriter}. */
    public static PyType bufferedWriter() {
        return PyBinaryFile.BufferedWriter.TYPE;
    }

    /** {@code _io.BufferedRandom}. */
    public static PyType bufferedRandom() {
        return PyBinaryFile.BufferedRandom.TYPE;
    }

    /** {@code _io.TextIOWrapper}, a text file. */
    public static PyType textIOWrapper() {
        return PyTextFile.TYPE;
    }
}
