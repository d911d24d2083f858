package dev.taipan.interp;

import dev.taipan.ast.Assign;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.Call;
import dev.taipan.ast.Expr;
import dev.taipan.ast.ExprStmt;
import dev.taipan.ast.Located;
import dev.taipan.ast.Module;
import dev.taipan.ast.Name;
import dev.taipan.ast.Return;
import dev.taipan.ast.Stmt;
import dev.taipan.ast.Subscript;
import dev.taipan.parse.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Formats one traceback entry as CPython 3.13 does: the {@code File} line, the source lines of
 * the failing instruction (dedented), and under them carets: {@code ^} under the instruction's
 * range, or, where the failing expression is a binary operation, subscript or call, {@code ^}
 * under the operator, brackets or argument list and {@code ~} under the rest.
 *
 * <p>Columns from the code object are UTF-8 byte offsets; Java string indices are used in
 * between, and only widths (spaces and carets) are printed, which come out the same.
 */
// CPython: Lib/traceback.py, StackSummary.format_frame_summary, _should_show_carets and
// _extract_caret_anchors_from_line_segment
final class FrameFormatter {
    /** Where the highlighted part of a segment starts and ends: lines and columns within the segment. */
    private record Anchors(int leftLine, int leftCol, int rightLine, int rightCol) {
    }

    /** Source lines by line number (1-based), for a file. */
    interface SourceLines {
        /** The line without its line ending, or "" when there is none. */
        String line(String file, int lineno);
    }

    private FrameFormatter() {
    }

    /**
     * One entry of a stack summary.
     *
     * @param pos the instruction's line, end line, column and end column (-1 when unknown)
     * @param tbLine the traceback's line, used when the instruction has none
     */
    static String format(SourceLines source, String file, String name, int[] pos, int tbLine) {
        StringBuilder row = new StringBuilder();
        int lineno = pos[0] >= 0 ? pos[0] : tbLine;
        row.append("  File \"").append(file).append("\", line ").append(lineno).append(", in ").append(name)
                .append('\n');
        if (pos[0] < 0 || pos[1] < 0) {
            return row.toString();
        }
        List<String> original = new ArrayList<>();
        for (int l = pos[0]; l <= pos[1]; l++) {
            original.add(source.line(file, l).stripTrailing());
        }
        List<String> dedented = dedent(original);
        if (String.join("\n", dedented).isBlank()) {
            return row.toString();
        }
        if (pos[2] < 0 || pos[3] < 0) {
            // Without columns, only the first line is shown.
            String first = original.get(0).strip();
            row.append(first.isEmpty() ? "" : "    " + first).append('\n');
            return row.toString();
        }
        row.append(indentAll(dedent(sourceWithCarets(original, dedented, pos)), "    "));
        return row.toString();
    }

    private static List<String> sourceWithCarets(List<String> original, List<String> dedented, int[] pos) {
        String firstLine = original.get(0);
        String lastLine = original.get(pos[1] - pos[0]);
        int start = charOffset(firstLine, pos[2]);
        int end = charOffset(lastLine, pos[3]);
        List<String> lines = dedented;
        int dedentChars = firstLine.length() - lines.get(0).length();
        start = Math.max(0, start - dedentChars);
        end = Math.max(0, end - dedentChars);
        int dpStart = displayWidth(lines.get(0), start);
        int dpEnd = displayWidth(lines.get(lines.size() - 1), end);

        String joined = String.join("\n", lines);
        int segEnd = joined.length() - (lines.get(lines.size() - 1).length() - end);
        Anchors anchors = null;
        if (start <= segEnd && segEnd <= joined.length()) {
            anchors = anchors(joined.substring(start, segEnd));
        }
        boolean showCarets = shouldShowCarets(start, end, lines, anchors);

        TreeSet<Integer> significant = new TreeSet<>(List.of(0, lines.size() - 1));
        int leftEnd = 0;
        int rightStart = 0;
        char primary = '^';
        char secondary = '^';
        if (anchors != null) {
            // Anchor columns on the segment's first line count from the segment's start.
            leftEnd = displayWidth(lines.get(anchors.leftLine()),
                    anchors.leftCol() + (anchors.leftLine() == 0 ? start : 0));
            rightStart = displayWidth(lines.get(anchors.rightLine()),
                    anchors.rightCol() + (anchors.rightLine() == 0 ? start : 0));
            primary = '~';
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftLine() + d);
                significant.add(anchors.rightLine() + d);
            }
        }
        significant.remove(-1);
        significant.remove(lines.size());

        CaretLine carets = new CaretLine(lines, showCarets, anchors, dpStart, dpEnd, leftEnd, rightStart,
                primary, secondary);
        List<String> result = new ArrayList<>();
        Integer previous = null;
        for (int lineno : significant) {
            if (previous != null) {
                int diff = lineno - previous;
                if (diff == 2) {
                    carets.output(lineno - 1, result);
                } else if (diff > 2) {
                    result.add("...<" + (diff - 1) + " lines>...");
                }
            }
            carets.output(lineno, result);
            previous = lineno;
        }
        return result;
    }

    /** Draws the caret line under one source line. */
    private record CaretLine(List<String> lines, boolean show, Anchors anchors, int dpStart, int dpEnd,
            int leftEnd, int rightStart, char primary, char secondary) {
        void output(int lineno, List<String> result) {
            String line = lines.get(lineno);
            result.add(line);
            if (!show) {
                return;
            }
            int spaces = line.length() - line.stripLeading().length();
            int count = lineno == lines.size() - 1 ? dpEnd : displayWidth(line, line.length());
            StringBuilder carets = new StringBuilder();
            for (int col = 0; col < count; col++) {
                if (col < spaces || (lineno == 0 && col < dpStart)) {
                    carets.append(' ');
                } else if (anchors != null
                        && (lineno > anchors.leftLine() || (lineno == anchors.leftLine() && col >= leftEnd))
                        && (lineno < anchors.rightLine() || (lineno == anchors.rightLine() && col < rightStart))) {
                    carets.append(secondary);
                } else {
                    carets.append(primary);
                }
            }
            result.add(carets.toString());
        }
    }

    /**
     * Whether to draw carets at all: not when they would underline the whole line, and not under
     * a call that is the whole value of a {@code return} or of an assignment to one name.
     */
    private static boolean shouldShowCarets(int start, int end, List<String> lines, Anchors anchors) {
        Module tree = parseOrNull(String.join("\n", lines));
        if (tree != null) {
            if (tree.body().isEmpty()) {
                return false;
            }
            Stmt statement = tree.body().get(0);
            Expr value = null;
            if (statement instanceof Return r && r.value() instanceof Call c && c.func() instanceof Name) {
                value = r.value();
            } else if (statement instanceof Assign a && a.value() instanceof Call
                    && a.targets().size() == 1 && a.targets().get(0) instanceof Name) {
                value = a.value();
            }
            // As CPython, compares the node's byte columns with character offsets.
            if (value != null && value.lineno() == 1 && value.endLineno() == lines.size()
                    && value.colOffset() == start && value.endColOffset() == end) {
                return false;
            }
        }
        if (anchors != null) {
            return true;
        }
        String first = lines.get(0);
        String last = lines.get(lines.size() - 1);
        return !first.substring(0, Math.min(start, first.length())).isBlank()
                || !last.substring(Math.min(end, last.length())).isBlank();
    }

    private static Module parseOrNull(String source) {
        try {
            return Parser.parseModule(source, "<traceback>");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The anchors of a binary operation, subscript or call that makes up the whole segment, or null. */
    private static Anchors anchors(String segment) {
        Module tree = parseOrNull("(\n" + segment + "\n)");
        if (tree == null || tree.body().size() != 1 || !(tree.body().get(0) instanceof ExprStmt stmt)) {
            return null;
        }
        try {
            return new AnchorFinder(splitLines(segment)).find(stmt.value());
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Python's {@code str.splitlines()} for text with {@code \n} line ends: no empty last line. */
    private static String[] splitLines(String text) {
        String[] parts = text.split("\n", -1);
        return text.isEmpty() || text.endsWith("\n") ? java.util.Arrays.copyOf(parts, parts.length - 1) : parts;
    }

    /** Walks the segment's characters to find operators and brackets; line numbers are the segment's. */
    private record AnchorFinder(String[] lines) {
        Anchors find(Expr expr) {
            if (expr instanceof BinOp b) {
                int[] p = endOf(b.left(), true);
                p = until(p[0], p[1], ch -> !Character.isWhitespace(ch) && ch != ')');
                int line = p[0];
                int col = p[1];
                // The operator is one or two characters, before the right operand.
                int rightCol = col + 1;
                Located right = b.right();
                if (rightCol < lines[line].length()
                        && (right.lineno() - 2 > line || rightCol < charOffset(lines[right.lineno() - 2], right.colOffset()))
                        && !Character.isWhitespace(lines[line].charAt(rightCol))
                        && "\\#".indexOf(lines[line].charAt(rightCol)) < 0) {
                    rightCol++;
                }
                return new Anchors(line, col, line, rightCol);
            }
            if (expr instanceof Subscript s) {
                return bracketed(s.value(), s, '[');
            }
            if (expr instanceof Call c) {
                return bracketed(c.func(), c, '(');
            }
            return null;
        }

        private Anchors bracketed(Located inner, Located whole, char open) {
            int[] left = endOf(inner, true);
            left = until(left[0], left[1], ch -> ch == open);
            int[] right = endOf(whole, false);
            return new Anchors(left[0], left[1], right[0], right[1]);
        }

        /** The position just past {@code node}; the parse put it two lines down. */
        private int[] endOf(Located node, boolean forceValid) {
            int line = node.endLineno() - 2;
            int col = charOffset(lines[line], node.endColOffset());
            return forceValid ? nextValid(line, col) : new int[] {line, col};
        }

        private int[] nextValid(int line, int col) {
            while (line < lines.length && col >= lines[line].length()) {
                col = 0;
                line++;
            }
            if (line >= lines.length) {
                throw new IndexOutOfBoundsException("past the segment");
            }
            return new int[] {line, col};
        }

        /** The next character that satisfies {@code stop}, skipping comments and line continuations. */
        private int[] until(int line, int col, IntPredicate stop) {
            int[] p = {line, col};
            while (true) {
                char ch = lines[p[0]].charAt(p[1]);
                if (ch == '\\' || ch == '#') {
                    p = nextValid(p[0] + 1, 0);
                } else if (!stop.test(ch)) {
                    p = nextValid(p[0], p[1] + 1);
                } else {
                    return p;
                }
            }
        }
    }

    /** The character offset of UTF-8 byte offset {@code byteOffset} in {@code line}. */
    static int charOffset(String line, int byteOffset) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(Math.max(byteOffset, 0), bytes.length);
        return new String(bytes, 0, n, StandardCharsets.UTF_8).length();
    }

    /** The columns a terminal gives to the first {@code offset} characters of {@code line}. */
    static int displayWidth(String line, int offset) {
        if (line.chars().allMatch(ch -> ch < 0x80)) {
            // CPython's ASCII fast path returns the offset itself, even past the end.
            return offset;
        }
        int end = Math.min(offset, line.length());
        int width = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Whether a code point is East Asian Wide or Fullwidth. Java has no East Asian Width table, so
     * this covers the main blocks: Hangul Jamo, CJK, Hangul syllables, fullwidth forms and emoji.
     */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD));
    }

    /**
     * Removes the leading spaces and tabs all non-blank lines share; blank lines become empty.
     */
    // CPython: Lib/textwrap.py, dedent
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String line : lines) {
            if (isSpacesAndTabs(line)) {
                continue;
            }
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            String indent = line.substring(0, i);
            if (margin == null || margin.startsWith(indent)) {
                margin = indent;
            } else if (!indent.startsWith(margin)) {
                int k = 0;
                while (k < margin.length() && k < indent.length() && margin.charAt(k) == indent.charAt(k)) {
                    k++;
                }
                margin = margin.substring(0, k);
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (isSpacesAndTabs(line)) {
                out.add("");
            } else {
                out.add(margin != null && line.startsWith(margin) ? line.substring(margin.length()) : line);
            }
        }
        return out;
    }

    private static boolean isSpacesAndTabs(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && line.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Each line with {@code prefix} before it and a newline after it. */
    static String indentAll(List<String> lines, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(prefix).append(line).append('\n');
        }
        return sb.toString();
    }
}
