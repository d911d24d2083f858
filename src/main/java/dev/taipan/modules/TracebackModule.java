package dev.taipan.modules;

import dev.taipan.interp.Interpreter;
import dev.taipan.interp.PyFrameObject;
import dev.taipan.interp.PyModule;
import dev.taipan.interp.PyTraceback;
import dev.taipan.interp.TracebackPrinter;
import dev.taipan.objects.Abstract;
import dev.taipan.objects.Errors;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.expose.ModuleExposer;
import dev.taipan.objects.expose.PyFunction;

import java.lang.invoke.MethodHandles;

/**
 * The {@code _traceback} module: what the Python {@code traceback} and {@code linecache}
 * modules need from the interpreter. It reuses the interpreter's own traceback printer, so
 * that frames formatted by {@code traceback} look exactly like those of an uncaught exception.
 */
public final class TracebackModule extends PyModule {
    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /**
     * Creates the module.
     *
     * @param interp the interpreter it belongs to (unused: the module holds no state)
     */
    public TracebackModule(Interpreter interp) {
        super("_traceback");
        ModuleExposer.expose(this, TracebackModule.class, LOOKUP, this::put);
    }

    /**
     * {@code positions(tb_or_frame)}: the line, end line, column and end column (UTF-8 byte
     * offsets) of a traceback entry's or frame's current instruction, None where unknown.
     */
    @PyFunction
    static PyObject positions(PyObject obj) {
        int[] pos;
        if (obj instanceof PyTraceback tb) {
            pos = TracebackPrinter.positions(tb);
        } else if (obj instanceof PyFrameObject f) {
            pos = TracebackPrinter.positions(f);
        } else {
            throw Errors.typeError("expected a traceback or frame, not %s", obj.getType().getName());
        }
        PyObject[] items = new PyObject[4];
        for (int i = 0; i < 4; i++) {
            items[i] = pos[i] < 0 ? PyNone.NONE : PyInt.of(pos[i]);
        }
        return PyTuple.of(items);
    }

    /**
     * {@code format_frame_summary(getline, filename, name, lineno, end_lineno, colno, end_colno)}:
     * one stack entry with its source and carets, the source lines read with {@code getline}.
     */
    @PyFunction
    static PyObject format_frame_summary(PyObject getline, PyObject filename, PyObject name, PyObject lineno,
            PyObject endLineno, PyObject colno, PyObject endColno) {
        int line = intOr(lineno, -1);
        int[] pos = {line, intOr(endLineno, -1), intOr(colno, -1), intOr(endColno, -1)};
        if (pos[0] < 0) {
            pos = new int[] {-1, -1, -1, -1};
        } else if (pos[1] < pos[0]) {
            pos = new int[] {line, line, -1, -1};
        }
        String file = Abstract.str(filename).toString();
        String function = Abstract.str(name).toString();
        java.util.function.BiFunction<String, Integer, String> lines = (f, n) -> {
            PyObject l = getline.call(PyStr.of(f), PyInt.of(n));
            String s = l instanceof PyStr ? l.toString() : "";
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        };
        try {
            return PyStr.of(TracebackPrinter.formatFrameSummary(file, function, pos, line, lines));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            // Columns that do not fit the source (a hand-made FrameSummary): show the line alone.
            return PyStr.of(TracebackPrinter.formatFrameSummary(file, function,
                    new int[] {line, line, -1, -1}, line, lines));
        }
    }

    private static int intOr(PyObject o, int otherwise) {
        return o == PyNone.NONE ? otherwise : Abstract.asSize(o);
    }

    /** {@code suggestion_suffix(exc)}: the "Did you mean" text CPython adds to an error's message, or "". */
    @PyFunction
    static PyObject suggestion_suffix(PyObject exc) {
        return PyStr.of(exc instanceof PyBaseException be ? TracebackPrinter.suggestionSuffix(be) : "");
    }

    /** {@code source_lines(filename)}: a file's lines with their line ends, or None where it cannot be read. */
    @PyFunction
    static PyObject source_lines(PyObject filename) {
        String text = TracebackPrinter.sourceText(Abstract.str(filename).toString());
        if (text == null) {
            return PyNone.NONE;
        }
        PyList lines = new PyList();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.append(PyStr.of(text.substring(start, end)));
            start = end;
        }
        return lines;
    }
}
