package dev.taipan.interp;

import dev.taipan.objects.Abstract;
import dev.taipan.objects.CompareOp;
import dev.taipan.objects.ExceptionTypes;
import dev.taipan.objects.PyBaseException;
import dev.taipan.objects.PyInt;
import dev.taipan.objects.PyList;
import dev.taipan.objects.PyNone;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;
import dev.taipan.objects.PyTuple;
import dev.taipan.objects.PyType;
import dev.taipan.parse.SourceDecoder;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Formats an uncaught exception as CPython 3.13 prints it: the chain of causes and contexts,
 * {@code Traceback (most recent call last):}, one entry per frame with its source lines and carets
 * (see {@link FrameFormatter}), runs of the same frame folded into "[Previous line repeated N more
 * times]", then {@code Type: message}, notes, and "Did you mean" suggestions. Exception groups
 * are drawn in boxes, their members nested inside.
 */
// CPython: Lib/traceback.py, TracebackException.__init__ and format, StackSummary.format
public final class TracebackPrinter {
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
    /** Identical frames shown before they are folded into one "repeated" line. */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    /**
     * An exception with the causes, contexts and group members that will be printed with it: each
     * exception is printed once, where it is first reached.
     */
    private static final class Node {
        final PyBaseException exc;
        Node cause;
        Node context;
        List<Node> members;

        Node(PyBaseException exc, Set<PyBaseException> seen) {
            this.exc = exc;
            seen.add(exc);
        }
    }

    private final Map<String, List<String>> sourceCache = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    /** How deep in exception groups the text being written is. */
    private int groupDepth;
    /** Whether the innermost group still needs its closing line. */
    private boolean needClose;
    /** How many of the innermost frames a traceback shows; -1 for all. */
    private int limit = -1;

    private TracebackPrinter() {
    }

    /** The full text CPython would print for {@code exc}. */
    public static String format(PyBaseException exc) {
        return format(exc, null);
    }

    /**
     * The full text CPython's default {@code sys.excepthook} prints for {@code exc}.
     *
     * @param tracebackLimit {@code sys.tracebacklimit}, or null where it is not set: how many of
     *     the innermost frames each traceback shows
     */
    public static String format(PyBaseException exc, PyObject tracebackLimit) {
        TracebackPrinter p = new TracebackPrinter();
        if (tracebackLimit instanceof PyInt) {
            p.limit = Math.max(0, Abstract.asSize(tracebackLimit));
        }
        p.format(build(exc));
        return p.out.toString();
    }

    /**
     * One entry of a stack summary as CPython's {@code StackSummary.format_frame_summary} writes
     * it: the {@code File} line, then the dedented source lines with carets where they help.
     *
     * @param pos the line, end line, column and end column (UTF-8 byte offsets); -1 where unknown
     * @param lineno the line shown when {@code pos} has none
     * @param lines the source lines of {@code file} by line number (1-based), "" where none
     */
    public static String formatFrameSummary(String file, String name, int[] pos, int lineno,
            java.util.function.BiFunction<String, Integer, String> lines) {
        return FrameFormatter.format(lines::apply, file, name, pos, lineno);
    }

    /** The line, end line, column and end column of a traceback entry's instruction; -1 where unknown. */
    public static int[] positions(PyTraceback tb) {
        return positions(tb.frame().frame(), tb.lasti());
    }

    /** The line, end line, column and end column of a frame's current instruction; -1 where unknown. */
    public static int[] positions(PyFrameObject frame) {
        return positions(frame.frame(), frame.currentInstruction());
    }

    /** The "Did you mean" suffix CPython adds to the message of a name, attribute or import error, or "". */
    public static String suggestionSuffix(PyBaseException exc) {
        return Suggestions.messageSuffix(exc);
    }

    /** The text of a source file (bundled library modules included), or null where it cannot be read. */
    public static String sourceText(String file) {
        try {
            return SourceDecoder.decode(Sources.read(file), file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Links causes, contexts and members breadth-first, as CPython does, so each is printed once. */
    private static Node build(PyBaseException top) {
        Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Node root = new Node(top, seen);
        Deque<Node> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Node node = queue.removeLast();
            PyBaseException e = node.exc;
            if (e.getCause() instanceof PyBaseException c && !seen.contains(c)) {
                node.cause = new Node(c, seen);
            }
            if (node.cause == null && !e.getSuppressContext()
                    && e.getContext() instanceof PyBaseException c && !seen.contains(c)) {
                node.context = new Node(c, seen);
            }
            if (e.getType().isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
                node.members = new ArrayList<>();
                for (PyObject m : Abstract.toArray(Abstract.getAttr(e, "exceptions"))) {
                    if (m instanceof PyBaseException be) {
                        node.members.add(new Node(be, seen));
                    }
                }
            }
            if (node.cause != null) {
                queue.add(node.cause);
            }
            if (node.context != null) {
                queue.add(node.context);
            }
            if (node.members != null) {
                queue.addAll(node.members);
            }
        }
        return root;
    }

    private void format(Node top) {
        List<Node> chain = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (Node n = top; n != null; ) {
            chain.add(n);
            if (n.cause != null) {
                messages.add(CAUSE_MESSAGE);
                n = n.cause;
            } else if (n.context != null) {
                messages.add(CONTEXT_MESSAGE);
                n = n.context;
            } else {
                messages.add(null);
                n = null;
            }
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (messages.get(i) != null) {
                emit(messages.get(i), '|');
            }
            Node node = chain.get(i);
            if (node.members == null) {
                String stack = stack(node.exc);
                if (!stack.isEmpty()) {
                    emit("Traceback (most recent call last):\n", '|');
                    emit(stack, '|');
                }
                emit(exceptionOnly(node.exc), '|');
            } else if (groupDepth > MAX_GROUP_DEPTH) {
                emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            } else {
                group(node);
            }
        }
    }

    private void group(Node node) {
        boolean topLevel = groupDepth == 0;
        if (topLevel) {
            groupDepth++;
        }
        String stack = stack(node.exc);
        if (!stack.isEmpty()) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(stack, '|');
        }
        emit(exceptionOnly(node.exc), '|');
        int count = node.members.size();
        int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                // A nested group may draw the closing line itself.
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                format(node.members.get(i));
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (topLevel) {
            groupDepth = 0;
        }
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    /** Writes {@code text} with every line prefixed by the group indentation and margin. */
    private void emit(String text, char margin) {
        if (groupDepth == 0) {
            out.append(text);
            return;
        }
        String prefix = indent() + margin + " ";
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.append(prefix).append(text, start, end);
            start = end;
        }
    }

    /** The frames of an exception's traceback, with runs of the same frame and line folded; "" for none. */
    // CPython: Lib/traceback.py, StackSummary._extract_from_extended_frame_gen and format
    private String stack(PyBaseException exc) {
        List<PyTraceback> entries = new ArrayList<>();
        for (PyObject t = exc.getTraceback(); t instanceof PyTraceback tb; t = tb.next()) {
            entries.add(tb);
        }
        if (limit >= 0 && limit < entries.size()) {
            entries = entries.subList(entries.size() - limit, entries.size());
        }
        StringBuilder sb = new StringBuilder();
        String lastFile = null;
        String lastName = null;
        int lastLine = -1;
        int count = 0;
        for (PyTraceback t : entries) {
            Frame f = t.frame().frame();
            String file = f.code.filename();
            String name = f.code.name();
            int[] pos = positions(f, t.lasti());
            int lineno = pos[0] >= 0 ? pos[0] : t.lineno();
            if (!file.equals(lastFile) || lineno != lastLine || !name.equals(lastName)) {
                repeated(sb, count);
                lastFile = file;
                lastLine = lineno;
                lastName = name;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                sb.append(FrameFormatter.format(this::line, file, name, pos, t.lineno()));
            }
        }
        repeated(sb, count);
        return sb.toString();
    }

    private static void repeated(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    /** The instruction's line, end line, column and end column; -1 where unknown. */
    private static int[] positions(Frame f, int lasti) {
        int[] pos = f.code.positions();
        int i = lasti * 4;
        if (lasti < 0 || i + 3 >= pos.length) {
            return new int[] {-1, -1, -1, -1};
        }
        return new int[] {pos[i], pos[i + 1], pos[i + 2], pos[i + 3]};
    }

    /** The lines after the traceback: {@code Type: message} (or a SyntaxError's detail) and notes. */
    // CPython: Lib/traceback.py, TracebackException.format_exception_only
    private String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (exc.getType().isSubtypeOf(ExceptionTypes.SyntaxError)) {
            syntaxErrorDetail(sb, exc);
        } else {
            sb.append(exceptionLine(exc)).append('\n');
        }
        PyObject notes;
        try {
            notes = Abstract.lookupAttr(exc, "__notes__");
        } catch (RuntimeException e) {
            notes = PyStr.of("<__notes__ repr() failed>");
        }
        if (notes instanceof PyList || notes instanceof PyTuple) {
            for (PyObject note : Abstract.toArray(notes)) {
                sb.append(safeStr(note, "note")).append('\n');
            }
        } else if (notes != null) {
            sb.append(safeRepr(notes, "__notes__")).append('\n');
        }
        return sb.toString();
    }

    private static String safeStr(PyObject o, String what) {
        try {
            return Abstract.str(o).toString();
        } catch (RuntimeException e) {
            return "<" + what + " str() failed>";
        }
    }

    private static String safeRepr(PyObject o, String what) {
        try {
            return Abstract.repr(o).toString();
        } catch (RuntimeException e) {
            return "<" + what + " repr() failed>";
        }
    }

    // CPython: Lib/traceback.py, TracebackException._format_syntax_error
    private static void syntaxErrorDetail(StringBuilder sb, PyBaseException exc) {
        PyObject file = exc.field(1);
        PyObject lineno = exc.field(2);
        PyObject text = exc.field(4);
        String suffix = "";
        if (lineno != PyNone.NONE) {
            sb.append("  File \"").append(file == PyNone.NONE || !Abstract.isTrue(file) ? "<string>" : file.toString())
                    .append("\", line ").append(Abstract.str(lineno)).append('\n');
        } else if (file != PyNone.NONE) {
            suffix = " (" + Abstract.str(file) + ")";
        }
        if (text instanceof PyStr t) {
            String rtext = t.toString().replaceAll("\n+$", "");
            String ltext = rtext.replaceAll("^[ \n\f]+", "");
            int spaces = rtext.length() - ltext.length();
            if (exc.field(3) == PyNone.NONE) {
                sb.append("    ").append(ltext).append('\n');
            } else if (exc.field(3) instanceof PyInt) {
                int[] cols = syntaxErrorColumns(exc, t.toString(), rtext);
                int colno = cols[0] - 1 - spaces;
                int endColno = cols[1] - 1 - spaces;
                sb.append("    ").append(ltext).append('\n');
                if (colno >= 0) {
                    StringBuilder caretSpace = new StringBuilder();
                    for (int i = 0; i < colno && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        // Tabs and other whitespace are kept so the carets line up.
                        caretSpace.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    sb.append("    ").append(caretSpace).append("^".repeat(Math.max(0, endColno - colno))).append('\n');
                }
            }
        }
        PyObject msg = exc.field(0);
        String message = msg == PyNone.NONE || !Abstract.isTrue(msg) ? "<no detail available>" : Abstract.str(msg).toString();
        sb.append(typeName(exc.getType())).append(": ").append(message).append(suffix).append('\n');
    }

    /** The 1-based start and end columns of a SyntaxError, clamped to its text. */
    private static int[] syntaxErrorColumns(PyBaseException exc, String text, String rtext) {
        int offset = Abstract.asSize(exc.field(3));
        int endOffset;
        if (Abstract.richCompareBool(exc.field(2), exc.field(5), CompareOp.EQ)) {
            PyObject end = exc.field(6);
            endOffset = end instanceof PyInt && Abstract.asSize(end) != 0 ? Abstract.asSize(end) : offset;
        } else {
            endOffset = rtext.length() + 1;
        }
        if (!text.isEmpty() && offset > text.length()) {
            offset = rtext.length() + 1;
        }
        if (!text.isEmpty() && endOffset > text.length()) {
            endOffset = rtext.length() + 1;
        }
        if (offset >= endOffset || endOffset < 0) {
            endOffset = offset + 1;
        }
        return new int[] {offset, endOffset};
    }

    /** The last line: {@code module.Type: message}, with a suggestion for name, attribute and import errors. */
    static String exceptionLine(PyBaseException exc) {
        String message = safeStr(exc, "exception") + Suggestions.messageSuffix(exc);
        String name = typeName(exc.getType());
        return message.isEmpty() ? name : name + ": " + message;
    }

    private static String typeName(PyType type) {
        String module = type.getModule();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) {
            return module + "." + type.getQualname();
        }
        return module == null ? "<unknown>." + type.getQualname() : type.getQualname();
    }

    /** Line {@code lineno} of {@code file} without its line end, or "" (as linecache.getline). */
    private String line(String file, int lineno) {
        List<String> lines = sourceCache.computeIfAbsent(file, f -> {
            try {
                return SourceDecoder.decode(Sources.read(f), f).lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : "";
    }
}
