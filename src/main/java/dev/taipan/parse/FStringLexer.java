package dev.taipan.parse;

import java.util.Arrays;

/**
 * The f-string half of the {@link Lexer}: the stack of f-strings being read, their start, and their
 * literal text (FSTRING_MIDDLE and FSTRING_END), as CPython's {@code tok_get_fstring_mode} scans it.
 * Replacement fields are tokenized by the lexer's regular mode, which consults the innermost
 * {@link FStringMode} to know where a field or its format spec ends.
 */
final class FStringLexer {
    private static final int MAX_FSTRING_LEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    private final Lexer lx;
    private FStringMode[] modes = new FStringMode[4];
    private int top = -1;

    FStringLexer(Lexer lx) {
        this.lx = lx;
    }

    /** The innermost f-string being read, or {@code null} outside f-strings. */
    FStringMode current() {
        return top >= 0 ? modes[top] : null;
    }

    /**
     * Reads the start of an f-string (the lexer's token start is its prefix, {@code quotePos} its
     * opening quote) and enters it.
     */
    Token start(int quotePos, boolean raw) {
        char quote = lx.src.charAt(quotePos);
        int quoteSize = lx.peek(quotePos + 1) == quote && lx.peek(quotePos + 2) == quote ? 3 : 1;
        lx.pos = quotePos + quoteSize;
        if (top + 2 >= MAX_FSTRING_LEVEL) {
            throw lx.errorAtPos("too many nested f-strings");
        }
        if (++top == modes.length) {
            modes = Arrays.copyOf(modes, modes.length * 2);
        }
        modes[top] = new FStringMode(quote, quoteSize, raw, lx.tokStart, lx.lineNo, lx.lineStart);
        return lx.make(TokenKind.FSTRING_START, lx.src.substring(lx.tokStart, lx.pos), null);
    }

    /** Tokenizes an f-string's literal text: FSTRING_MIDDLE, FSTRING_END, or the start of a field. */
    Token next(FStringMode mode) {
        lx.startToken();
        if (lx.peek(lx.pos) == '{' && lx.peek(lx.pos + 1) != '{') {
            enterField(mode);
            return lx.normalNext(mode);
        }
        boolean closing = true;
        for (int i = 0; i < mode.quoteSize; i++) {
            if (lx.peek(lx.pos + i) != mode.quote) {
                closing = false;
                break;
            }
        }
        if (closing) {
            lx.pos += mode.quoteSize;
            modes[top--] = null;
            return lx.make(TokenKind.FSTRING_END, lx.src.substring(lx.tokStart, lx.pos), null);
        }
        boolean inSpec = mode.inFormatSpec && mode.insideExpr();
        boolean unicodeEscape = false;
        int endQuoteSize = 0;
        int p = lx.pos;
        while (endQuoteSize != mode.quoteSize) {
            int c = p < lx.end ? lx.src.charAt(p++) : Lexer.EOF;
            if (c == Lexer.EOF || (mode.quoteSize == 1 && c == '\n')) {
                if (inSpec && c == '\n') {
                    if (mode.quoteSize == 1) {
                        lx.pos = p;
                        throw lx.errorAtPos(
                                "f-string: newlines are not allowed in format specifiers for single quoted f-strings");
                    }
                    // The spec ends at the newline; the expression's tokenizer takes over.
                    mode.regular = true;
                    mode.inFormatSpec = false;
                    return middle(mode, p - 1, p - 1);
                }
                throw unterminatedFString(mode, c == Lexer.EOF ? lx.lineNo - 1 : lx.lineNo);
            }
            if (c == mode.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '\n') {
                lx.newLine(p);
            } else if (c == '{') {
                if (lx.peek(p) != '{' || inSpec) {
                    lx.pos = p - 1;
                    enterField(mode);
                    mode.inFormatSpec = false;
                    return middle(mode, p - 1, p - 1);
                }
                // "{{": the text keeps one brace, the token skips the other.
                return middle(mode, p, p + 1);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return middle(mode, p, p);
                }
                if (lx.peek(p) == '}' && !inSpec && mode.curlyDepth == 0) {
                    return middle(mode, p, p + 1);
                }
                mode.regular = true;
                mode.inFormatSpec = false;
                return middle(mode, p - 1, p - 1);
            } else if (c == '\\') {
                int escaped = lx.peek(p);
                if (escaped == '{' || escaped == '}') {
                    continue; // the brace is read on its own next time round
                }
                if (escaped == Lexer.EOF) {
                    continue;
                }
                p++;
                if (escaped == '\n') {
                    lx.newLine(p);
                } else if (escaped == 'N' && !mode.raw && lx.peek(p) == '{') {
                    // \N{NAME}: the braces belong to the escape.
                    p++;
                    unicodeEscape = true;
                }
            }
        }
        p -= mode.quoteSize;
        return middle(mode, p, p);
    }

    private void enterField(FStringMode mode) {
        mode.exprStartDepth++;
        if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
            throw lx.errorAtPos("f-string: expressions nested too deeply");
        }
        mode.regular = true;
    }

    /** Emits the FSTRING_MIDDLE from the token start to {@code textEnd}, continuing at {@code next}. */
    private Token middle(FStringMode mode, int textEnd, int next) {
        String text = lx.src.substring(lx.tokStart, textEnd);
        Object value;
        try {
            value = mode.raw ? text : StringLiterals.decodeStr(text);
        } catch (StringLiterals.DecodeError e) {
            lx.pos = textEnd;
            throw lx.tokenError(e.getMessage(), lx.src.lastIndexOf('\n', lx.tokStart - 1) + 1);
        }
        Token t = new Token(TokenKind.FSTRING_MIDDLE, text, value, lx.tokLine, lx.tokCol, lx.lineNo,
                lx.byteCol(textEnd));
        lx.pos = next;
        return t;
    }

    private SyntaxErrorException unterminatedFString(FStringMode mode, int detectedAt) {
        String msg = mode.quoteSize == 3
                ? "unterminated triple-quoted f-string literal (detected at line " + detectedAt + ")"
                : "unterminated f-string literal (detected at line " + detectedAt + ")";
        int offset = lx.src.codePointCount(mode.startLineStart, mode.startPos) + 1;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, lx.filename, mode.startLine,
                offset, mode.startLine, offset, lx.lineText(mode.startLineStart));
    }
}
