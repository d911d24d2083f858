package dev.taipan.modules;

import dev.taipan.objects.Errors;
import dev.taipan.objects.PyObject;
import dev.taipan.objects.PyStr;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed replacement template of {@code sub}, {@code subn} and {@code Match.expand}: literal
 * text with group references ({@code \1}, {@code \g<name>}, {@code \g<0>}) and escapes.
 * Immutable.
 */
// CPython: Lib/re/_parser.py, parse_template (behaviour and messages)
final class ReTemplate {
    /** Literal chunks (code points / Latin-1 chars); {@code groups[i] >= 0} replaces chunk i by a group. */
    private final String[] literals;
    private final int[] groups;
    final PyObject source;

    private ReTemplate(PyObject source, String[] literals, int[] groups) {
        this.source = source;
        this.literals = literals;
        this.groups = groups;
    }

    /** Returns whether the template is one literal with no group references. */
    boolean isLiteral() {
        return groups.length == 1 && groups[0] < 0;
    }

    /**
     * Parses a template for a pattern.
     *
     * @param pattern  the pattern whose groups it refers to
     * @param template a str (or bytes, for bytes patterns)
     * @return the template
     */
    static ReTemplate parse(RePattern pattern, PyObject template) {
        ReSubject t;
        try {
            t = ReSubject.ofAny(template);
        } catch (RuntimeException e) {
            throw Errors.typeError(pattern.isText ? "decoding to str: need a bytes-like object, %s found"
                    : "expected a bytes-like object, %s found", template.getType().getName());
        }
        if (t.isText != pattern.isText) {
            throw Errors.typeError(pattern.isText ? "sequence item 0: expected str instance, %s found"
                    : "sequence item 0: expected a bytes-like object, %s found", template.getType().getName());
        }
        int[] s = t.codePoints();
        List<String> lits = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = s.length;
        while (i < n) {
            int c = s[i];
            if (c != '\\') {
                lit.appendCodePoint(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw ReErrors.error("bad escape (end of pattern)", template, n - 1);
            }
            int e = s[i + 1];
            int escStart = i;
            i += 2;
            if (e == 'g') {
                if (i >= n || s[i] != '<') {
                    throw ReErrors.error("missing <", template, i);
                }
                i++;
                int nameStart = i;
                while (i < n && s[i] != '>') {
                    i += s[i] == '\\' && i + 1 < n ? 2 : 1;
                }
                if (i >= n) {
                    if (nameStart == n) {
                        throw ReErrors.error("missing group name", template, n);
                    }
                    throw ReErrors.error("missing >, unterminated name", template, nameStart);
                }
                if (i == nameStart) {
                    throw ReErrors.error("missing group name", template, i);
                }
                String name = new String(s, nameStart, i - nameStart);
                i++;
                int index;
                if (isAsciiDecimal(name)) {
                    String d = name.replaceFirst("^0+(?=.)", "");
                    if (d.length() > 9) {
                        throw ReErrors.error("invalid group reference " + d, template, nameStart);
                    }
                    index = Integer.parseInt(d);
                } else {
                    if (!t.isText && !name.chars().allMatch(ch -> ch < 128) || !PyStr.of(name).isIdentifier()) {
                        throw ReErrors.error("bad character in group name " + PyStr.repr(name), template, nameStart);
                    }
                    Integer g = pattern.regex.groupIndex().get(name);
                    if (g == null) {
                        throw Errors.indexError("unknown group name %s", PyStr.repr(name));
                    }
                    index = g;
                }
                addGroup(pattern, template, index, nameStart, lits, refs, lit);
            } else if (e == '0') {
                int v = 0;
                for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                    v = v * 8 + s[i++] - '0';
                }
                lit.appendCodePoint(v & 0xff);
            } else if (e >= '1' && e <= '9') {
                boolean octal = false;
                int v = e - '0';
                if (i < n && s[i] >= '0' && s[i] <= '9') {
                    int d2 = s[i++];
                    if (e <= '7' && d2 <= '7' && i < n && s[i] >= '0' && s[i] <= '7') {
                        int d3 = s[i++];
                        int oct = (e - '0') * 64 + (d2 - '0') * 8 + (d3 - '0');
                        if (oct > 0377) {
                            throw ReErrors.error("octal escape value " + new String(s, escStart, 4)
                                    + " outside of range 0-0o377", template, escStart);
                        }
                        lit.appendCodePoint(oct);
                        octal = true;
                    } else {
                        v = v * 10 + d2 - '0';
                    }
                }
                if (!octal) {
                    addGroup(pattern, template, v, escStart + 1, lits, refs, lit);
                }
            } else {
                int mapped = switch (e) {
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'f' -> 12;
                    case 'n' -> 10;
                    case 'r' -> 13;
                    case 't' -> 9;
                    case 'v' -> 11;
                    case '\\' -> '\\';
                    default -> -1;
                };
                if (mapped >= 0) {
                    lit.appendCodePoint(mapped);
                } else if (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
                    throw ReErrors.error("bad escape \\" + Character.toString(e), template, escStart);
                } else {
                    lit.append('\\').appendCodePoint(e);
                }
            }
        }
        lits.add(lit.toString());
        refs.add(-1);
        int[] g = new int[refs.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = refs.get(k);
        }
        return new ReTemplate(template, lits.toArray(new String[0]), g);
    }

    private static boolean isAsciiDecimal(String s) {
        return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static void addGroup(RePattern pattern, PyObject template, int index, int pos, List<String> lits,
            List<Integer> refs, StringBuilder lit) {
        if (index > pattern.regex.groups()) {
            throw ReErrors.error("invalid group reference " + index, template, pos);
        }
        lits.add(lit.toString());
        refs.add(-1);
        lit.setLength(0);
        lits.add(null);
        refs.add(index);
    }

    /** Appends the expansion for a match to a builder. */
    void appendTo(StringBuilder sb, ReMatch m) {
        for (int k = 0; k < groups.length; k++) {
            int g = groups[k];
            if (g < 0) {
                sb.append(literals[k]);
            } else {
                int s = m.marks[2 * g];
                int e = m.marks[2 * g + 1];
                if (s >= 0 && e >= 0) {
                    m.subject.appendTo(sb, s, e);
                }
            }
        }
    }

    /** Returns the literal text when {@link #isLiteral()}. */
    String literal() {
        return literals[0];
    }

    /** Expands the template for a match, as {@code Match.expand}. */
    PyObject expand(ReMatch m) {
        StringBuilder sb = new StringBuilder();
        appendTo(sb, m);
        return m.subject.make(sb.toString());
    }
}
