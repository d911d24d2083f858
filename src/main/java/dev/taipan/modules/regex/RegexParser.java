package dev.taipan.modules.regex;

import dev.taipan.objects.PyStr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses CPython 3.13 pattern syntax into a {@link Node} tree, raising the same errors at the
 * same positions as CPython's {@code re._parser}. The pattern is read as code points (bytes
 * patterns as Latin-1), one token at a time: a character, or a backslash and the character
 * after it.
 */
// CPython: Lib/re/_parser.py (behaviour and messages; the code is this project's own)
final class RegexParser {
    private static final int NONE = PatternReader.NONE;
    private static final int ESC = PatternReader.ESC;
    /** CPython's MAXREPEAT: repeat counts must stay below it. */
    private static final long MAXREPEAT = 4294967295L;
    private static final int OTHER = 0;
    private static final int GROUPED = 1;
    private static final int GLOBAL_FLAGS = 2;
    private static final String WHITESPACE = " \t\n\r\u000b\u000c";

    private final PatternReader in;
    private final boolean isText;

    /** The pattern's global flags: those passed to compile plus leading {@code (?flags)}. */
    private int flags;
    /** The flags nodes parsed now get: global ones, then scoped {@code (?flags:...)} on top. */
    private int nodeFlags;
    /** Min and max width of each closed group (null while open); index 0 is the whole match. */
    private final List<long[]> groupWidths = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new LinkedHashMap<>();
    /** The first group number inside the lookbehind being parsed, or -1 outside lookbehinds. */
    private int lookbehindGroups = -1;
    /** Where conditionals name a group number, checked once all groups are known. */
    private final Map<Integer, Integer> groupRefPos = new HashMap<>();
    /** CPython finds non-fixed-width lookbehinds when compiling, after every parse error. */
    private RegexSyntaxException deferred;

    /** The parse result. */
    record Parsed(Node root, int flags, int groups, Map<String, Integer> groupIndex) {
    }

    private RegexParser(int[] pattern, boolean isText, int flags) {
        this.in = new PatternReader(pattern, isText);
        this.isText = isText;
        this.flags = flags;
        this.nodeFlags = fixed(flags);
        groupWidths.add(new long[] {0, 0});
    }

    /**
     * Parses a pattern.
     *
     * @param pattern the pattern's code points (bytes as 0..255)
     * @param isText  whether the pattern is a str (else bytes)
     * @param flags   the flags passed to {@code compile}
     * @return the tree, final flags, group count (with group 0) and group names
     * @throws RegexSyntaxException on a bad pattern
     */
    static Parsed parse(int[] pattern, boolean isText, int flags) {
        RegexParser ps = new RegexParser(pattern, isText, flags);
        Node root = ps.parseSub((flags & RegexFlags.VERBOSE) != 0, 0);
        int finalFlags = ps.fixFlags(ps.flags);
        if (ps.in.tok != NONE) {
            throw ps.in.error("unbalanced parenthesis", 0);
        }
        for (Map.Entry<Integer, Integer> e : ps.groupRefPos.entrySet()) {
            if (e.getKey() >= ps.groupWidths.size()) {
                throw new RegexSyntaxException("invalid group reference " + e.getKey(), e.getValue(),
                        RegexSyntaxException.Kind.PATTERN);
            }
        }
        if (ps.deferred != null) {
            throw ps.deferred;
        }
        return new Parsed(root, finalFlags, ps.groupWidths.size(), ps.groupIndex);
    }

    // ---- flags and groups

    private int fixed(int f) {
        if (isText) {
            return (f & RegexFlags.ASCII) == 0 ? f | RegexFlags.UNICODE : f & ~RegexFlags.UNICODE;
        }
        return f & ~RegexFlags.UNICODE;
    }

    private int fixFlags(int f) {
        if (isText) {
            if ((f & RegexFlags.LOCALE) != 0) {
                throw new RegexSyntaxException("cannot use LOCALE flag with a str pattern", -1,
                        RegexSyntaxException.Kind.VALUE);
            }
            if ((f & RegexFlags.ASCII) == 0) {
                return f | RegexFlags.UNICODE;
            }
            if ((f & RegexFlags.UNICODE) != 0) {
                throw new RegexSyntaxException("ASCII and UNICODE flags are incompatible", -1,
                        RegexSyntaxException.Kind.VALUE);
            }
        } else {
            if ((f & RegexFlags.UNICODE) != 0) {
                throw new RegexSyntaxException("cannot use UNICODE flag with a bytes pattern", -1,
                        RegexSyntaxException.Kind.VALUE);
            }
            if ((f & RegexFlags.LOCALE) != 0 && (f & RegexFlags.ASCII) != 0) {
                throw new RegexSyntaxException("ASCII and LOCALE flags are incompatible", -1,
                        RegexSyntaxException.Kind.VALUE);
            }
        }
        return f;
    }

    private boolean checkGroup(int gid) {
        return gid < groupWidths.size() && groupWidths.get(gid) != null;
    }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups >= 0) {
            if (!checkGroup(gid)) {
                throw in.error("cannot refer to an open group", 0);
            }
            if (gid >= lookbehindGroups) {
                throw in.error("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
    }

    private Node backref(int gid) {
        long[] w = groupWidths.get(gid);
        return new Node.Backref(gid, nodeFlags, w[0], w[1]);
    }

    private int caseMode() {
        if ((nodeFlags & RegexFlags.IGNORECASE) == 0) {
            return Chars.CASE_NONE;
        }
        return (nodeFlags & RegexFlags.UNICODE) != 0 ? Chars.CASE_UNICODE : Chars.CASE_ASCII;
    }

    private Node category(int bits) {
        return new Node.Set(new CharClass(new int[0], bits, false, (nodeFlags & RegexFlags.UNICODE) == 0,
                caseMode()));
    }

    // ---- the grammar

    private Node parseSub(boolean verbose, int nested) {
        List<Node> items = new ArrayList<>();
        while (true) {
            items.add(parseSeq(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!in.match('|')) {
                break;
            }
            if (nested == 0) {
                verbose = (flags & RegexFlags.VERBOSE) != 0;
            }
        }
        return items.size() == 1 ? items.get(0) : new Node.Alt(items);
    }

    private Node parseSeq(boolean verbose, int nested, boolean first) {
        List<Node> seq = new ArrayList<>();
        int groupedAt = -1;
        while (true) {
            int t = in.tok;
            if (t == NONE || t == '|' || t == ')') {
                break;
            }
            in.advance();
            if (verbose) {
                if (t < ESC && WHITESPACE.indexOf(t) >= 0) {
                    continue;
                }
                if (t == '#') {
                    while (true) {
                        t = in.get();
                        if (t == NONE || t == '\n') {
                            break;
                        }
                    }
                    continue;
                }
            }
            if (t >= ESC) {
                seq.add(escape(t));
            } else if (t == '[') {
                seq.add(parseSet());
            } else if (t == '*' || t == '+' || t == '?' || t == '{') {
                if (!parseRepeat(t, seq, groupedAt == seq.size() - 1)) {
                    continue;
                }
                groupedAt = -1;
            } else if (t == '.') {
                seq.add(new Node.Any(nodeFlags));
            } else if (t == '(') {
                int kind = parseGroup(seq, verbose, nested, first);
                if (kind == GROUPED) {
                    groupedAt = seq.size() - 1;
                } else if (kind == GLOBAL_FLAGS) {
                    verbose = (flags & RegexFlags.VERBOSE) != 0;
                }
            } else if (t == '^') {
                seq.add(new Node.At((nodeFlags & RegexFlags.MULTILINE) != 0 ? Program.AT_BEGINNING_LINE
                        : Program.AT_BEGINNING));
            } else if (t == '$') {
                seq.add(new Node.At((nodeFlags & RegexFlags.MULTILINE) != 0 ? Program.AT_END_LINE
                        : Program.AT_END));
            } else {
                seq.add(new Node.Literal(t, nodeFlags));
            }
        }
        return seq.size() == 1 ? seq.get(0) : new Node.Seq(seq);
    }

    /** Parses a quantifier after its first character; returns false when it was a literal '{'. */
    private boolean parseRepeat(int t, List<Node> seq, boolean lastIsGroup) {
        int here = in.tell();
        long min;
        long max;
        if (t == '?') {
            min = 0;
            max = 1;
        } else if (t == '*') {
            min = 0;
            max = MAXREPEAT;
        } else if (t == '+') {
            min = 1;
            max = MAXREPEAT;
        } else {
            if (in.tok == '}') {
                seq.add(new Node.Literal('{', nodeFlags));
                return false;
            }
            String lo = in.getWhile(Integer.MAX_VALUE, "0123456789");
            String hi;
            if (in.match(',')) {
                hi = in.getWhile(Integer.MAX_VALUE, "0123456789");
            } else {
                hi = lo;
            }
            if (!in.match('}')) {
                seq.add(new Node.Literal('{', nodeFlags));
                in.seek(here);
                return false;
            }
            min = 0;
            max = MAXREPEAT;
            if (!lo.isEmpty()) {
                min = parseCount(lo);
            }
            if (!hi.isEmpty()) {
                max = parseCount(hi);
                if (max < min) {
                    throw in.error("min repeat greater than max repeat", in.tell() - here);
                }
            }
        }
        int pos = in.tell() - here + 1;
        Node item = seq.isEmpty() ? null : seq.get(seq.size() - 1);
        if (item == null || item instanceof Node.At && !lastIsGroup) {
            throw in.error("nothing to repeat", pos);
        }
        if (item instanceof Node.Repeat && !lastIsGroup) {
            throw in.error("multiple repeat", pos);
        }
        Node.Greed greed = Node.Greed.GREEDY;
        if (in.match('?')) {
            greed = Node.Greed.LAZY;
        } else if (in.match('+')) {
            greed = Node.Greed.POSSESSIVE;
        }
        int imax = max >= MAXREPEAT ? Integer.MAX_VALUE : (int) Math.min(max, Integer.MAX_VALUE - 1);
        int imin = (int) Math.min(min, Integer.MAX_VALUE - 1);
        seq.set(seq.size() - 1, new Node.Repeat(item, imin, imax, greed));
        return true;
    }

    private static long parseCount(String digits) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        if (d.length() > 12 || Long.parseLong(d) >= MAXREPEAT) {
            throw new RegexSyntaxException("the repetition number is too large", -1,
                    RegexSyntaxException.Kind.OVERFLOW);
        }
        return Long.parseLong(d);
    }

    private Node parseSet() {
        int here = in.tell() - 1;
        List<Integer> ranges = new ArrayList<>();
        int cats = 0;
        int items = 0;
        boolean negate = in.match('^');
        while (true) {
            int t = in.get();
            if (t == NONE) {
                throw in.error("unterminated character set", in.tell() - here);
            }
            if (t == ']' && items > 0) {
                break;
            }
            int code1 = t >= ESC ? classEscape(t) : t;
            if (in.match('-')) {
                int that = in.get();
                if (that == NONE) {
                    throw in.error("unterminated character set", in.tell() - here);
                }
                if (that == ']') {
                    if (code1 < 0) {
                        cats |= -code1;
                    } else {
                        ranges.add(code1);
                        ranges.add(code1);
                    }
                    ranges.add((int) '-');
                    ranges.add((int) '-');
                    items += 2;
                    break;
                }
                int code2 = that >= ESC ? classEscape(that) : that;
                if (code1 < 0 || code2 < 0 || code2 < code1) {
                    throw in.error("bad character range " + PatternReader.text(t) + "-" + PatternReader.text(that),
                            PatternReader.len(t) + 1 + PatternReader.len(that));
                }
                ranges.add(code1);
                ranges.add(code2);
                items += 2;
            } else {
                if (code1 < 0) {
                    cats |= -code1;
                    items += 2;
                } else {
                    ranges.add(code1);
                    ranges.add(code1);
                    items++;
                }
            }
        }
        if (cats == 0 && distinctSingle(ranges)) {
            return negate ? new Node.NotLiteral(ranges.get(0), nodeFlags) : new Node.Literal(ranges.get(0), nodeFlags);
        }
        int[] r = new int[ranges.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = ranges.get(i);
        }
        return new Node.Set(new CharClass(r, cats, negate, (nodeFlags & RegexFlags.UNICODE) == 0, caseMode()));
    }

    private static boolean distinctSingle(List<Integer> ranges) {
        if (ranges.isEmpty()) {
            return false;
        }
        int c = ranges.get(0);
        for (int x : ranges) {
            if (x != c) {
                return false;
            }
        }
        return true;
    }

    /** Returns a code point, or minus a category bit. */
    private int classEscape(int t) {
        int c = t & ~ESC;
        switch (c) {
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            case 'd': return -CharClass.DIGIT;
            case 'D': return -CharClass.NOT_DIGIT;
            case 's': return -CharClass.SPACE;
            case 'S': return -CharClass.NOT_SPACE;
            case 'w': return -CharClass.WORD;
            case 'W': return -CharClass.NOT_WORD;
            default: break;
        }
        String escape = PatternReader.text(t);
        int numeric = numericEscape(c, escape);
        if (numeric >= 0) {
            return numeric;
        }
        if (c >= '0' && c <= '7') {
            escape += in.getWhile(2, "01234567");
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) {
                throw in.error("octal escape value " + escape + " outside of range 0-0o377", PatternReader.cpLen(escape));
            }
            return v;
        }
        if (c >= '0' && c <= '9' || isAsciiLetter(c)) {
            throw in.error("bad escape " + escape, PatternReader.cpLen(escape));
        }
        return c;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The escapes shared by sets and the rest: \x \ u \U \N; -1 for others. */
    private int numericEscape(int c, String escape) {
        if (c == 'x') {
            escape += in.getWhile(2, "0123456789abcdefABCDEF");
            if (escape.length() != 4) {
                throw in.error("incomplete escape " + escape, PatternReader.cpLen(escape));
            }
            return Integer.parseInt(escape.substring(2), 16);
        }
        if (c == 'u' && isText) {
            escape += in.getWhile(4, "0123456789abcdefABCDEF");
            if (escape.length() != 6) {
                throw in.error("incomplete escape " + escape, PatternReader.cpLen(escape));
            }
            return Integer.parseInt(escape.substring(2), 16);
        }
        if (c == 'U' && isText) {
            escape += in.getWhile(8, "0123456789abcdefABCDEF");
            if (escape.length() != 10) {
                throw in.error("incomplete escape " + escape, PatternReader.cpLen(escape));
            }
            long v = Long.parseLong(escape.substring(2), 16);
            if (v > Character.MAX_CODE_POINT) {
                throw in.error("bad escape " + escape, PatternReader.cpLen(escape));
            }
            return (int) v;
        }
        if (c == 'N' && isText) {
            if (!in.match('{')) {
                throw in.error("missing {", 0);
            }
            String name = in.getUntil('}', "character name");
            try {
                return Character.codePointOf(name);
            } catch (IllegalArgumentException e) {
                throw in.error("undefined character name " + PyStr.repr(name), PatternReader.cpLen(name) + 4);
            }
        }
        return -1;
    }

    private Node escape(int t) {
        int c = t & ~ESC;
        switch (c) {
            case 'A': return new Node.At(Program.AT_BEGINNING_STRING);
            case 'Z': return new Node.At(Program.AT_END_STRING);
            case 'b': return new Node.At((nodeFlags & RegexFlags.UNICODE) != 0 ? Program.AT_BOUNDARY
                    : Program.AT_BOUNDARY_ASCII);
            case 'B': return new Node.At((nodeFlags & RegexFlags.UNICODE) != 0 ? Program.AT_NON_BOUNDARY
                    : Program.AT_NON_BOUNDARY_ASCII);
            case 'd': return category(CharClass.DIGIT);
            case 'D': return category(CharClass.NOT_DIGIT);
            case 's': return category(CharClass.SPACE);
            case 'S': return category(CharClass.NOT_SPACE);
            case 'w': return category(CharClass.WORD);
            case 'W': return category(CharClass.NOT_WORD);
            case 'a': return new Node.Literal(7, nodeFlags);
            case 'f': return new Node.Literal(12, nodeFlags);
            case 'n': return new Node.Literal(10, nodeFlags);
            case 'r': return new Node.Literal(13, nodeFlags);
            case 't': return new Node.Literal(9, nodeFlags);
            case 'v': return new Node.Literal(11, nodeFlags);
            case '\\': return new Node.Literal('\\', nodeFlags);
            default: break;
        }
        String escape = PatternReader.text(t);
        int numeric = numericEscape(c, escape);
        if (numeric >= 0) {
            return new Node.Literal(numeric, nodeFlags);
        }
        if (c == '0') {
            escape += in.getWhile(2, "01234567");
            return new Node.Literal(Integer.parseInt(escape.substring(1), 8), nodeFlags);
        }
        if (c >= '1' && c <= '9') {
            if (in.tok >= '0' && in.tok <= '9') {
                escape += Character.toString(in.get());
                if (escape.charAt(1) <= '7' && escape.charAt(2) <= '7' && in.tok >= '0' && in.tok <= '7') {
                    escape += Character.toString(in.get());
                    int v = Integer.parseInt(escape.substring(1), 8);
                    if (v > 0377) {
                        throw in.error("octal escape value " + escape + " outside of range 0-0o377", PatternReader.cpLen(escape));
                    }
                    return new Node.Literal(v, nodeFlags);
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groupWidths.size()) {
                if (!checkGroup(group)) {
                    throw in.error("cannot refer to an open group", PatternReader.cpLen(escape));
                }
                checkLookbehindGroup(group);
                return backref(group);
            }
            throw in.error("invalid group reference " + group, PatternReader.cpLen(escape) - 1);
        }
        if (isAsciiLetter(c)) {
            throw in.error("bad escape " + escape, PatternReader.cpLen(escape));
        }
        return new Node.Literal(c, nodeFlags);
    }

    /**
     * Parses what follows '('; adds the node (if any) to seq. Returns {@link #GROUPED} when the
     * node is a group (capturing or not), which a following quantifier repeats as a whole,
     * {@link #GLOBAL_FLAGS} after {@code (?flags)}, else {@link #OTHER}.
     */
    private int parseGroup(List<Node> seq, boolean verbose, int nested, boolean first) {
        int start = in.tell() - 1;
        boolean capture = true;
        boolean atomic = false;
        String name = null;
        int addFlags = 0;
        int delFlags = 0;
        if (in.match('?')) {
            int ch = in.get();
            if (ch == NONE) {
                throw in.error("unexpected end of pattern", 0);
            }
            if (ch == 'P') {
                if (in.match('<')) {
                    name = in.getUntil('>', "group name");
                    in.checkGroupName(name, 1);
                } else if (in.match('=')) {
                    name = in.getUntil(')', "group name");
                    in.checkGroupName(name, 1);
                    Integer gid = groupIndex.get(name);
                    if (gid == null) {
                        throw in.error("unknown group name " + PyStr.repr(name), PatternReader.cpLen(name) + 1);
                    }
                    if (!checkGroup(gid)) {
                        throw in.error("cannot refer to an open group", PatternReader.cpLen(name) + 1);
                    }
                    checkLookbehindGroup(gid);
                    seq.add(backref(gid));
                    return OTHER;
                } else {
                    int c2 = in.get();
                    if (c2 == NONE) {
                        throw in.error("unexpected end of pattern", 0);
                    }
                    throw in.error("unknown extension ?P" + PatternReader.text(c2), PatternReader.len(c2) + 2);
                }
            } else if (ch == ':') {
                capture = false;
            } else if (ch == '#') {
                while (true) {
                    if (in.tok == NONE) {
                        throw in.error("missing ), unterminated comment", in.tell() - start);
                    }
                    if (in.get() == ')') {
                        break;
                    }
                }
                return OTHER;
            } else if (ch == '=' || ch == '!' || ch == '<') {
                boolean behind = false;
                int savedLookbehind = lookbehindGroups;
                if (ch == '<') {
                    ch = in.get();
                    if (ch == NONE) {
                        throw in.error("unexpected end of pattern", 0);
                    }
                    if (ch != '=' && ch != '!') {
                        throw in.error("unknown extension ?<" + PatternReader.text(ch), PatternReader.len(ch) + 2);
                    }
                    behind = true;
                    if (lookbehindGroups < 0) {
                        lookbehindGroups = groupWidths.size();
                    }
                }
                Node body = parseSub(verbose, nested + 1);
                if (behind) {
                    lookbehindGroups = savedLookbehind;
                }
                if (!in.match(')')) {
                    throw in.error("missing ), unterminated subpattern", in.tell() - start);
                }
                if (behind && body.minWidth() != body.maxWidth() && deferred == null) {
                    deferred = new RegexSyntaxException("look-behind requires fixed-width pattern", -1,
                            RegexSyntaxException.Kind.PATTERN);
                }
                seq.add(new Node.Look(body, behind, ch == '!'));
                return OTHER;
            } else if (ch == '(') {
                parseConditional(seq, verbose, nested, start);
                return OTHER;
            } else if (ch == '>') {
                capture = false;
                atomic = true;
            } else if (ch < ESC && (RegexFlags.ofLetter(ch) != 0 || ch == '-')) {
                int[] fl = parseFlags(ch);
                if (fl == null) {
                    if (!first || !seq.isEmpty()) {
                        throw in.error("global flags not at the start of the expression", in.tell() - start);
                    }
                    nodeFlags = fixed(flags);
                    return GLOBAL_FLAGS;
                }
                addFlags = fl[0];
                delFlags = fl[1];
                capture = false;
            } else {
                throw in.error("unknown extension ?" + PatternReader.text(ch), PatternReader.len(ch) + 1);
            }
        }
        int group = -1;
        if (capture) {
            group = groupWidths.size();
            groupWidths.add(null);
            if (name != null) {
                Integer old = groupIndex.get(name);
                if (old != null) {
                    throw in.error("redefinition of group name " + PyStr.repr(name) + " as group " + group
                            + "; was group " + old, PatternReader.cpLen(name) + 1);
                }
                groupIndex.put(name, group);
            }
        }
        boolean subVerbose = (verbose || (addFlags & RegexFlags.VERBOSE) != 0)
                && (delFlags & RegexFlags.VERBOSE) == 0;
        int savedFlags = nodeFlags;
        if (addFlags != 0 || delFlags != 0) {
            int f = nodeFlags;
            if ((addFlags & RegexFlags.TYPE_FLAGS) != 0) {
                f &= ~RegexFlags.TYPE_FLAGS;
            }
            nodeFlags = (f | addFlags) & ~delFlags;
        }
        Node body = parseSub(subVerbose, nested + 1);
        nodeFlags = savedFlags;
        if (!in.match(')')) {
            throw in.error("missing ), unterminated subpattern", in.tell() - start);
        }
        if (group >= 0) {
            groupWidths.set(group, new long[] {body.minWidth(), body.maxWidth()});
            seq.add(new Node.Group(group, body));
        } else if (atomic) {
            seq.add(new Node.Atomic(body));
        } else {
            seq.add(body);
        }
        return GROUPED;
    }

    private void parseConditional(List<Node> seq, boolean verbose, int nested, int start) {
        String condName = in.getUntil(')', "group name");
        int condGroup;
        if (!PatternReader.isAsciiDecimal(condName)) {
            in.checkGroupName(condName, 1);
            Integer g = groupIndex.get(condName);
            if (g == null) {
                throw in.error("unknown group name " + PyStr.repr(condName), PatternReader.cpLen(condName) + 1);
            }
            condGroup = g;
        } else {
            String d = condName.replaceFirst("^0+(?=.)", "");
            if (d.length() > 9) {
                throw in.error("invalid group reference " + d, PatternReader.cpLen(condName) + 1);
            }
            condGroup = Integer.parseInt(d);
            if (condGroup == 0) {
                throw in.error("bad group number", PatternReader.cpLen(condName) + 1);
            }
            groupRefPos.putIfAbsent(condGroup, in.tell() - PatternReader.cpLen(condName) - 1);
        }
        checkLookbehindGroup(condGroup);
        Node yes = parseSeq(verbose, nested + 1, false);
        Node no = null;
        if (in.match('|')) {
            no = parseSeq(verbose, nested + 1, false);
            if (in.tok == '|') {
                throw in.error("conditional backref with more than two branches", 0);
            }
        }
        if (!in.match(')')) {
            throw in.error("missing ), unterminated subpattern", in.tell() - start);
        }
        seq.add(new Node.Conditional(condGroup, yes, no));
    }

    /** Parses inline flags; null for global flags {@code (?i)}, else {add, del}. */
    private int[] parseFlags(int ch) {
        int add = 0;
        int del = 0;
        if (ch != '-') {
            while (true) {
                int flag = RegexFlags.ofLetter(ch);
                if (isText) {
                    if (ch == 'L') {
                        throw in.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                    }
                } else if (ch == 'u') {
                    throw in.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & RegexFlags.TYPE_FLAGS) != 0 && (add & RegexFlags.TYPE_FLAGS) != flag) {
                    throw in.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                ch = in.get();
                if (ch == NONE) {
                    throw in.error("missing -, : or )", 0);
                }
                if (ch == ')' || ch == '-' || ch == ':') {
                    break;
                }
                if (ch >= ESC || RegexFlags.ofLetter(ch) == 0) {
                    throw in.error(ch < ESC && Character.isLetter(ch) ? "unknown flag" : "missing -, : or )", PatternReader.len(ch));
                }
            }
        }
        if (ch == ')') {
            flags |= add;
            return null;
        }
        if (ch == '-') {
            ch = in.get();
            if (ch == NONE) {
                throw in.error("missing flag", 0);
            }
            if (ch >= ESC || RegexFlags.ofLetter(ch) == 0) {
                throw in.error(ch < ESC && Character.isLetter(ch) ? "unknown flag" : "missing flag", PatternReader.len(ch));
            }
            while (true) {
                int flag = RegexFlags.ofLetter(ch);
                if ((flag & RegexFlags.TYPE_FLAGS) != 0) {
                    throw in.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= flag;
                ch = in.get();
                if (ch == NONE) {
                    throw in.error("missing :", 0);
                }
                if (ch == ':') {
                    break;
                }
                if (ch >= ESC || RegexFlags.ofLetter(ch) == 0) {
                    throw in.error(ch < ESC && Character.isLetter(ch) ? "unknown flag" : "missing :", PatternReader.len(ch));
                }
            }
        }
        if ((add & del) != 0) {
            throw in.error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }
}
