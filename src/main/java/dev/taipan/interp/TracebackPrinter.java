package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyDict;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats an uncaught exception as CPython 3.13 prints it: the chain of causes and contexts,
 * {@code Traceback (most recent call last):}, one entry per frame with its source line and carets
 * under the failing expression, then {@code Type: message}, notes, and "Did you mean" suggestions.
 */
// CPython: Lib/traceback.py, TracebackException.format
public final class TracebackPrinter {
    private final Map<String, List<String>> sourceCache = new java.util.HashMap<>();
    private final StringBuilder out = new StringBuilder();

    private TracebackPrinter() {
    }

    /** The full text CPython would print for {@code exc}. */
    public static String format(PyBaseException exc) {
        TracebackPrinter p = new TracebackPrinter();
        p.chain(exc, new IdentityHashMap<>());
        return p.out.toString();
    }

    private void chain(PyBaseException exc, Map<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        PyObject cause = exc.getCause();
        PyObject context = exc.getContext();
        if (cause instanceof PyBaseException c && !seen.containsKey(c)) {
            chain(c, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyBaseException c && !exc.getSuppressContext() && !seen.containsKey(c)) {
            chain(c, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(exc);
    }

    private void single(PyBaseException exc) {
        if (exc.getTraceback() instanceof PyTraceback tb) {
            out.append("Traceback (most recent call last):\n");
            for (PyTraceback t = tb; t != null; t = t.next()) {
                entry(t);
            }
        }
        if (exc.getType().isSubtypeOf(ExceptionTypes.SyntaxError)) {
            syntaxErrorDetail(exc);
        }
        out.append(exceptionLine(exc)).append('\n');
        PyObject notes = Abstract.lookupAttr(exc, "__notes__");
        if (notes != null && notes != PyNone.NONE) {
            for (PyObject note : Abstract.toArray(notes)) {
                out.append(note instanceof PyStr ? note.toString() : Abstract.repr(note).toString()).append('\n');
            }
        }
    }

    private void entry(PyTraceback t) {
        Frame f = t.frame().frame();
        String file = f.code.filename();
        out.append("  File \"").append(file).append("\", line ").append(t.lineno())
                .append(", in ").append(f.code.name()).append('\n');
        String line = sourceLine(file, t.lineno());
        if (line == null) {
            return;
        }
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        int[] pos = f.code.positions();
        int i = t.lasti() * 4;
        if (i < 0 || i + 3 >= pos.length || pos[i + 1] != pos[i] || pos[i + 2] < 0) {
            return;
        }
        // Columns are UTF-8 byte offsets; carets are drawn in characters.
        int startChar = charColumn(line, pos[i + 2]);
        int endChar = charColumn(line, pos[i + 3]);
        int indent = line.length() - line.stripLeading().length();
        if (startChar <= indent && endChar >= line.stripTrailing().length()) {
            return;
        }
        if (endChar <= startChar) {
            return;
        }
        out.append("    ").append(" ".repeat(Math.max(0, startChar - indent)))
                .append("^".repeat(endChar - startChar)).append('\n');
    }

    private static int charColumn(String line, int byteCol) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(byteCol, bytes.length);
        return new String(bytes, 0, n, StandardCharsets.UTF_8).length();
    }

    private void syntaxErrorDetail(PyBaseException exc) {
        PyObject file = exc.field(1);
        PyObject lineno = exc.field(2);
        PyObject offset = exc.field(3);
        PyObject text = exc.field(4);
        PyObject endOffset = exc.field(6);
        out.append("  File \"").append(file == PyNone.NONE ? "<string>" : file.toString()).append("\", line ")
                .append(lineno).append('\n');
        if (text instanceof PyStr t) {
            String line = t.toString().replaceAll("[\r\n]+$", "");
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            out.append("    ").append(stripped).append('\n');
            if (offset != PyNone.NONE) {
                int start = Math.max(Abstract.asSize(offset) - 1 - indent, 0);
                int end = endOffset != PyNone.NONE ? Abstract.asSize(endOffset) - 1 - indent : start + 1;
                if (end <= start) {
                    end = start + 1;
                }
                out.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
            }
        }
    }

    /** The last line: {@code module.Type: message}, with a suggestion for name and attribute errors. */
    static String exceptionLine(PyBaseException exc) {
        PyType type = exc.getType();
        String name = type.getQualname();
        String module = type.getModule();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        String message;
        if (type.isSubtypeOf(ExceptionTypes.SyntaxError)) {
            message = Abstract.str(exc.field(0)).toString();
        } else {
            try {
                message = Abstract.str(exc).toString();
            } catch (RuntimeException e) {
                message = "<exception str() failed>";
            }
        }
        String suggestion = Suggestions.forException(exc);
        if (suggestion != null) {
            message = message + ". Did you mean: '" + suggestion + "'?";
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    private String sourceLine(String file, int lineno) {
        List<String> lines = sourceCache.computeIfAbsent(file, f -> {
            try {
                return new String(Sources.read(f), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException | RuntimeException e) {
                return new ArrayList<>();
            }
        });
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
    }

    static PyDict globalsOf(PyTraceback last) {
        return last.frame().frame().globals;
    }
}
