package dev.taipan.modules.regex;

import dev.taipan.objects.PyStr;

/**
 * Reads a pattern one token at a time, as CPython's {@code re._parser.Tokenizer}
 * does: a token is a character, or a backslash and the character after it. Errors are made here
 * so their positions count from the token being read.
 */
final class PatternReader {
    /** No token: the end of the pattern. */
    static final int NONE = -1;
    /** Added to the character of an escape token ({@code \\x} is {@code ESC | 'x'}). */
    static final int ESC = 1 << 24;

    private final int[] p;
    final boolean isText;
    private int index;
    private int tokStart;
    /** The current token. */
    int tok;

    PatternReader(int[] pattern, boolean isText) {
        this.p = pattern;
        this.isText = isText;
        advance();
    }

    void advance() {
        tokStart = index;
        if (index >= p.length) {
            tok = NONE;
            return;
        }
        int c = p[index];
        if (c == '\\') {
            if (index + 1 >= p.length) {
                throw new RegexSyntaxException("bad escape (end of pattern)", p.length - 1,
                        RegexSyntaxException.Kind.PATTERN);
            }
            tok = ESC | p[index + 1];
            index += 2;
        } else {
            tok = c;
            index++;
        }
    }

    int tell() {
        return tokStart;
    }

    int get() {
        int t = tok;
        advance();
        return t;
    }

    boolean match(int c) {
        if (tok == c) {
            advance();
            return true;
        }
        return false;
    }

    void seek(int i) {
        index = i;
        advance();
    }

    static int len(int t) {
        return t >= ESC ? 2 : 1;
    }

    static String text(int t) {
        if (t == NONE) {
            return "";
        }
        return t >= ESC ? "\\" + Character.toString(t & ~ESC) : Character.toString(t);
    }

    RegexSyntaxException error(String msg, int offset) {
        return new RegexSyntaxException(isText ? msg : asciiOnly(msg), tell() - offset,
                RegexSyntaxException.Kind.PATTERN);
    }

    static String asciiOnly(String msg) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < msg.length(); i++) {
            char c = msg.charAt(i);
            if (c < 128) {
                sb.append(c);
            } else {
                sb.append(String.format("\\x%02x", (int) c));
            }
        }
        return sb.toString();
    }

    String getWhile(int n, String charset) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (tok == NONE || tok >= ESC || charset.indexOf(tok) < 0) {
                break;
            }
            sb.appendCodePoint(tok);
            advance();
        }
        return sb.toString();
    }

    String getUntil(int terminator, String name) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        while (true) {
            int c = tok;
            advance();
            if (c == NONE) {
                if (count == 0) {
                    throw error("missing " + name, 0);
                }
                throw error("missing " + Character.toString(terminator) + ", unterminated name", count);
            }
            if (c == terminator) {
                if (count == 0) {
                    throw error("missing " + name, 1);
                }
                break;
            }
            sb.append(text(c));
            count += len(c);
        }
        return sb.toString();
    }

    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    void checkGroupName(String name, int offset) {
        if (!isText && !name.chars().allMatch(ch -> ch < 128)) {
            throw error("bad character in group name " + PyStr.repr(name), cpLen(name) + offset);
        }
        if (!PyStr.of(name).isIdentifier()) {
            throw error("bad character in group name " + PyStr.repr(name), cpLen(name) + offset);
        }
    }

    static boolean isAsciiDecimal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

}
