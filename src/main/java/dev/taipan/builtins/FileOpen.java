package dev.taipan.builtins;

import dev.taipan.interp.FileSystemGate;
import dev.taipan.objects.Codecs;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code open()}: checks the mode and arguments with CPython's messages, opens the file, and
 * stacks the file objects as {@code io.open} does (FileIO, a buffered layer, a text layer).
 */
// CPython: Modules/_io/_iomodule.c, _io_open_impl, and Modules/_io/fileio.c, _io_FileIO___init___impl
final class FileOpen {
    private FileOpen() {
    }

    /** The answer for text files opened without an encoding (the locale's, on a UTF-8 system). */
    static final String DEFAULT_ENCODING = "UTF-8";

    static PyObject open(FileSystemGate gate, PyObject file, String mode, int buffering, PyObject encoding,
                         PyObject errors, PyObject newline, boolean closefd, PyObject opener) {
        if (file instanceof PyInt) {
            throw RawFile.oserror(9, "Bad file descriptor", null);
        }
        String path = Execution.fsPath(file);
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> throw Errors.valueError("invalid mode: '%s'", mode);
            }
            if (mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError("invalid mode: '%s'", mode);
            }
        }
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        String enc = optionalStr(encoding, "encoding");
        String err = optionalStr(errors, "errors");
        String nl = optionalStr(newline, "newline");
        if (binary && enc != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && err != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && nl != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (kinds == 0) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        if (opener != PyNone.NONE) {
            throw Errors.notImplementedError("open(): opener is not supported");
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + "b" + (updating ? "+" : "");
        RawFile raw = openRaw(gate, path, rawMode, reading || updating, !reading || updating, appending);
        if (buffering == 0) {
            if (!binary) {
                raw.close();
                throw Errors.valueError("can't have unbuffered text I/O");
            }
            return PyBinaryFile.of(raw, true);
        }
        PyBinaryFile buffer = PyBinaryFile.of(raw, false);
        if (binary) {
            return buffer;
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            raw.close();
            throw Errors.valueError("illegal newline value: %s", nl);
        }
        String encodingName = enc == null ? DEFAULT_ENCODING : enc;
        String errorsName = err == null ? "strict" : err;
        try {
            // Looks the codec and error handler up now, so a bad name fails at open() as in CPython.
            Codecs.decode(new byte[0], encodingName, errorsName);
        } catch (RuntimeException e) {
            raw.close();
            throw e;
        }
        return new PyTextFile(buffer, mode, encodingName, errorsName, nl, buffering == 1);
    }

    private static String optionalStr(PyObject o, String name) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.toString();
        }
        throw Errors.typeError("open() argument '%s' must be str or None, not %.200s", name, o.getType().getName());
    }

    /**
     * Opens the file itself, mapping Java's failures to the errno CPython would report. The gate
     * resolves the path against the interpreter's working directory and may refuse: a mode that
     * can create the file asks for CREATE, {@code r+} for WRITE, {@code r} for READ.
     */
    private static RawFile openRaw(FileSystemGate gate, String path, String rawMode, boolean readable,
                                   boolean writable, boolean append) {
        Path p = gate.check(path, rawMode.charAt(0) != 'r' ? FileSystemGate.Access.CREATE
                : writable ? FileSystemGate.Access.WRITE : FileSystemGate.Access.READ);
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        switch (rawMode.charAt(0)) {
            case 'w' -> {
                options.add(StandardOpenOption.CREATE);
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            case 'a' -> options.add(StandardOpenOption.CREATE);
            case 'x' -> options.add(StandardOpenOption.CREATE_NEW);
            default -> {
            }
        }
        if (Files.isDirectory(p)) {
            throw RawFile.oserror(21, "Is a directory", path);
        }
        try {
            FileChannel ch = FileChannel.open(p, options);
            if (append) {
                ch.position(ch.size());
            }
            return new RawFile(path, rawMode, ch, readable, writable, append);
        } catch (NoSuchFileException e) {
            throw RawFile.oserror(2, "No such file or directory", path);
        } catch (FileAlreadyExistsException e) {
            throw RawFile.oserror(17, "File exists", path);
        } catch (AccessDeniedException e) {
            throw RawFile.oserror(13, "Permission denied", path);
        } catch (IOException e) {
            throw RawFile.oserror(5, String.valueOf(e.getMessage()), path);
        } catch (java.nio.file.InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
    }
}
