package dev.taipan.parse;

import dev.taipan.ast.Bytes;

/**
 * The tokenizer: turns Python source text into the token stream CPython 3.13's parser reads. It
 * produces NEWLINE only at the end of logical lines, INDENT and DEDENT, f-strings split into their
 * parts (PEP 701), and no COMMENT, NL or ENCODING tokens; positions are 1-based lines and UTF-8 byte
 * columns, as in CPython's {@code tokenize} module and AST.
 *
 * <p>The structure follows CPython's Parser/lexer/lexer.c closely ({@code tok_get_normal_mode} and
 * {@code tok_get_fstring_mode}), so that token boundaries and error messages agree with it. Errors are
 * thrown as {@link SyntaxErrorException}.
 *
 * <p>Source text should already be decoded ({@link SourceDecoder}); {@code \r\n} and {@code \r} are
 * read as {@code \n}, and a missing final newline is supplied, as CPython does.
 */
public final class Lexer {
    static final int EOF = -1;
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;

    /** The normalised source; it ends with a newline unless it is empty. */
    final String src;
    final int end;
    /** Index of the newline the lexer appended, or -1. */
    private final int implicitNewline;
    final String filename;
    private final boolean ascii;
    private final NumberLiterals numbers = new NumberLiterals(this);

    /** The next character to read. */
    int pos;
    int lineNo = 1;
    int lineStart;

    // The token being built.
    int tokStart;
    int tokLine;
    int tokCol;

    // Byte columns on the current line, computed incrementally for non-ASCII sources.
    private int colCacheLineStart = -1;
    private int colCachePos;
    private int colCacheBytes;

    private boolean atBol = true;
    private final int[] indStack = new int[MAX_INDENT];
    private final int[] altIndStack = new int[MAX_INDENT];
    private int indent;
    private int pendin;

    private final char[] parenStack = new char[MAX_LEVEL];
    private final int[] parenLine = new int[MAX_LEVEL];
    private final int[] parenLineStart = new int[MAX_LEVEL];
    private final int[] parenPos = new int[MAX_LEVEL];
    private int level;

    private final FStringLexer fstrings = new FStringLexer(this);

    private Token endmarker;
    private int[] lineStarts;

    /**
     * Creates a lexer over decoded source text.
     *
     * @param source   the program text
     * @param filename the file name errors report
     * @throws SyntaxErrorException when the source contains a null character
     */
    public Lexer(String source, String filename) {
        String s = normalizeNewlines(source);
        if (!s.isEmpty() && s.charAt(s.length() - 1) != '\n') {
            implicitNewline = s.length();
            s = s + "\n";
        } else {
            implicitNewline = -1;
        }
        this.src = s;
        this.end = s.length();
        this.filename = filename;
        boolean allAscii = true;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                allAscii = false;
                break;
            }
        }
        this.ascii = allAscii;
        int nul = s.indexOf('\0');
        if (nul >= 0) {
            int line = lineOf(nul);
            throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                    "source code cannot contain null bytes", filename, line, 0, line, 0, null);
        }
    }

    private static String normalizeNewlines(String s) {
        int cr = s.indexOf('\r');
        if (cr < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, cr);
        for (int i = cr; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The file name given to the constructor. */
    public String filename() {
        return filename;
    }

    /**
     * Returns the next token. After the end of input, every call returns the same ENDMARKER.
     *
     * @throws SyntaxErrorException for a tokenizer error (bad literal, bad indentation, unclosed bracket...)
     */
    public Token next() {
        if (endmarker != null) {
            return endmarker;
        }
        FStringMode mode = fstrings.current();
        Token t = mode != null && !mode.regular ? fstrings.next(mode) : normalNext(mode);
        if (t.kind() == TokenKind.ENDMARKER) {
            endmarker = t;
        }
        return t;
    }

    // ---- reading characters (used by NumberLiterals as CPython's tok_nextc / tok_backup) ----

    int peek(int p) {
        return p < end ? src.charAt(p) : EOF;
    }

    int nextc() {
        return pos < end ? src.charAt(pos++) : EOF;
    }

    void backup(int c) {
        if (c != EOF) {
            pos--;
        }
    }

    void newLine(int next) {
        lineNo++;
        lineStart = next;
    }

    /** The UTF-8 byte column of char index {@code p} on the current line. */
    int byteCol(int p) {
        if (ascii) {
            return p - lineStart;
        }
        if (colCacheLineStart != lineStart || p < colCachePos) {
            colCacheLineStart = lineStart;
            colCachePos = lineStart;
            colCacheBytes = 0;
        }
        int bytes = colCacheBytes;
        for (int i = colCachePos; i < p; i++) {
            bytes += utf8Length(src.charAt(i));
        }
        colCachePos = p;
        colCacheBytes = bytes;
        return bytes;
    }

    private static int utf8Length(char c) {
        // A surrogate pair is four bytes: two for each half.
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }

    void startToken() {
        tokStart = pos;
        tokLine = lineNo;
        tokCol = byteCol(pos);
    }

    Token make(TokenKind kind, String text, Object value) {
        return new Token(kind, text, value, tokLine, tokCol, lineNo, byteCol(pos));
    }

    // ---- regular mode ----

    Token normalNext(FStringMode mode) {
        boolean blankline;
        nextline:
        for (;;) {
            blankline = false;
            if (atBol) {
                atBol = false;
                blankline = indentation();
            }
            if (pendin != 0) {
                startToken();
                if (pendin < 0) {
                    pendin++;
                    return make(TokenKind.DEDENT, "", null);
                }
                pendin--;
                return new Token(TokenKind.INDENT, src.substring(lineStart, pos), null, lineNo, 0, lineNo,
                        byteCol(pos));
            }
            for (;;) { // CPython's "again": after a backslash continuation
                int c = peek(pos);
                while (c == ' ' || c == '\t' || c == '\f') {
                    c = peek(++pos);
                }
                startToken();
                if (c == '#') {
                    while (c != EOF && c != '\n') {
                        c = peek(++pos);
                    }
                }
                if (c == EOF) {
                    if (level > 0) {
                        throw neverClosed();
                    }
                    return make(TokenKind.ENDMARKER, "", null);
                }
                if (Identifiers.isPotentialStart(c)) {
                    return nameOrString();
                }
                if (c == '\n') {
                    atBol = true;
                    if (blankline || level > 0) {
                        pos++;
                        newLine(pos);
                        continue nextline;
                    }
                    int col = byteCol(pos);
                    Token t = new Token(TokenKind.NEWLINE, pos == implicitNewline ? "" : "\n", null, lineNo, col,
                            lineNo, col + 1);
                    pos++;
                    newLine(pos);
                    return t;
                }
                if (c == '.') {
                    int c2 = peek(pos + 1);
                    if (c2 >= '0' && c2 <= '9') {
                        return number();
                    }
                    if (c2 == '.' && peek(pos + 2) == '.') {
                        pos += 3;
                        return make(TokenKind.ELLIPSIS, "...", null);
                    }
                    pos++;
                    return make(TokenKind.DOT, ".", null);
                }
                if (c >= '0' && c <= '9') {
                    return number();
                }
                if (c == '\'' || c == '"') {
                    return string(pos, false, false);
                }
                if (c == '\\') {
                    pos++;
                    continuationLine();
                    continue;
                }
                return operator(c, mode);
            }
        }
    }

    /**
     * Measures the indentation of a new line and queues INDENT/DEDENT tokens. Returns whether the line
     * is blank (only whitespace and maybe a comment), which the parser never sees.
     */
    private boolean indentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        int c;
        for (;;) {
            c = peek(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split by backslashes: the first one fixes the level.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                pos++;
                continuationLine();
                continue;
            } else {
                break;
            }
            pos++;
        }
        boolean blank = c == '#' || c == '\n';
        if (blank || level != 0) {
            return blank;
        }
        if (contLineCol != 0) {
            col = contLineCol;
            altcol = contLineCol;
        }
        // Tabs are compared both as 8 columns and as 1: if the two disagree, the indentation is ambiguous.
        if (col == indStack[indent]) {
            if (altcol != altIndStack[indent]) {
                throw indentError(SyntaxErrorException.Kind.TAB_ERROR,
                        "inconsistent use of tabs and spaces in indentation");
            }
        } else if (col > indStack[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                throw indentError(SyntaxErrorException.Kind.INDENTATION_ERROR, "too many levels of indentation");
            }
            if (altcol <= altIndStack[indent]) {
                throw indentError(SyntaxErrorException.Kind.TAB_ERROR,
                        "inconsistent use of tabs and spaces in indentation");
            }
            pendin++;
            indStack[++indent] = col;
            altIndStack[indent] = altcol;
        } else {
            while (indent > 0 && col < indStack[indent]) {
                pendin--;
                indent--;
            }
            if (col != indStack[indent]) {
                int nl = src.indexOf('\n', lineStart);
                int offset = src.codePointCount(lineStart, nl + 1);
                throw new SyntaxErrorException(SyntaxErrorException.Kind.INDENTATION_ERROR,
                        "unindent does not match any outer indentation level", filename, lineNo, offset, lineNo, -1,
                        lineWithNewline(lineStart));
            }
            if (altcol != altIndStack[indent]) {
                throw indentError(SyntaxErrorException.Kind.TAB_ERROR,
                        "inconsistent use of tabs and spaces in indentation");
            }
        }
        return false;
    }

    /** Consumes the newline after a backslash ({@code pos} is just past the backslash). */
    private void continuationLine() {
        int backslash = pos - 1;
        if (peek(pos) != '\n') {
            int offset = src.codePointCount(lineStart, backslash) + 2;
            throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                    "unexpected character after line continuation character", filename, lineNo, offset, lineNo, 0,
                    lineWithNewline(lineStart));
        }
        if (pos + 1 >= end) {
            int offset = src.codePointCount(lineStart, backslash) + 2;
            throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, "unexpected EOF while parsing",
                    filename, lineNo, offset, lineNo, -1, lineWithNewline(lineStart));
        }
        pos++;
        newLine(pos);
    }

    private Token nameOrString() {
        // String prefixes: any order of b/r, u alone, f with r; then a quote.
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int p = pos;
        for (;;) {
            int c = peek(p);
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            p++;
            int q = peek(p);
            if (q == '"' || q == '\'') {
                return sawF ? fstrings.start(p, sawR) : string(p, sawR, sawB);
            }
        }
        p = pos;
        boolean nonAscii = false;
        while (p < end) {
            char c = src.charAt(p);
            if (c < 0x80) {
                if (!Identifiers.isPotentialPart(c)) {
                    break;
                }
            } else {
                nonAscii = true;
            }
            p++;
        }
        String text = src.substring(pos, p);
        pos = p;
        if (!nonAscii) {
            return make(Identifiers.keywordOrName(text), text, text);
        }
        verifyIdentifier(text);
        return make(TokenKind.NAME, text, Identifiers.normalize(text, false));
    }

    private void verifyIdentifier(String text) {
        int invalid = Identifiers.scanIdentifier(text);
        if (invalid >= text.length()) {
            return;
        }
        int cp = text.codePointAt(invalid);
        pos = tokStart + invalid + Character.charCount(cp);
        String hex = String.format("%04X", cp);
        throw errorAtPos(Identifiers.isPrintable(cp)
                ? "invalid character '" + Character.toString(cp) + "' (U+" + hex + ")"
                : "invalid non-printable character U+" + hex);
    }

    private Token number() {
        numbers.scan();
        String text = src.substring(tokStart, pos);
        Object value;
        try {
            value = NumberLiterals.value(text);
        } catch (StringLiterals.DecodeError e) {
            // Too many digits: CPython reports this one without a column.
            throw new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, e.getMessage(), filename, tokLine,
                    0, tokLine, 0, lineWithNewline(lineStart));
        }
        return make(TokenKind.NUMBER, text, value);
    }

    /** Scans a string or bytes literal whose opening quote is at {@code quotePos}. */
    private Token string(int quotePos, boolean raw, boolean bytes) {
        char quote = src.charAt(quotePos);
        int quoteSize = 1;
        int endQuoteSize = 0;
        int p = quotePos + 1;
        if (peek(p) == quote) {
            if (peek(p + 1) == quote) {
                quoteSize = 3;
                p += 2;
            } else {
                endQuoteSize = 1; // the empty string
                p++;
            }
        }
        int startLineStart = lineStart;
        boolean escapedQuote = false;
        while (endQuoteSize != quoteSize) {
            int c = p < end ? src.charAt(p++) : EOF;
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                throw unterminatedString(quote, quoteSize, c == EOF ? lineNo - 1 : lineNo, startLineStart,
                        escapedQuote);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\n') {
                    newLine(p);
                } else if (c == '\\' && p < end) {
                    char escaped = src.charAt(p++);
                    if (escaped == quote) {
                        escapedQuote = true;
                    } else if (escaped == '\n') {
                        newLine(p);
                    }
                }
            }
        }
        pos = p;
        String body = src.substring(quotePos + quoteSize, p - quoteSize);
        Object value;
        try {
            if (bytes) {
                value = new Bytes(StringLiterals.decodeBytes(body, raw));
            } else {
                value = raw ? body : StringLiterals.decodeStr(body);
            }
        } catch (StringLiterals.DecodeError e) {
            throw tokenError(e.getMessage(), startLineStart);
        }
        return make(TokenKind.STRING, src.substring(tokStart, p), value);
    }

    private SyntaxErrorException unterminatedString(char quote, int quoteSize, int detectedAt, int startLineStart,
                                                    boolean escapedQuote) {
        String msg;
        FStringMode mode = fstrings.current();
        if (mode != null && mode.quote == quote && mode.quoteSize == quoteSize) {
            // The string closes the enclosing f-string's quote: a '}' is missing.
            msg = "f-string: expecting '}'";
        } else if (quoteSize == 3) {
            msg = "unterminated triple-quoted string literal (detected at line " + detectedAt + ")";
        } else {
            msg = "unterminated string literal (detected at line " + detectedAt + ")"
                    + (escapedQuote ? "; perhaps you escaped the end quote?" : "");
        }
        int offset = src.codePointCount(startLineStart, tokStart) + 1;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, tokLine, offset,
                tokLine, offset, lineText(startLineStart));
    }

    private Token operator(int c, FStringMode mode) {
        if (mode != null && mode.insideExpr() && c == ':') {
            // A ':' at the field's own bracket level starts the format spec.
            if (mode.curlyDepth - 1 == mode.exprStartDepth) {
                mode.regular = false;
                mode.inFormatSpec = true;
                pos++;
                return make(TokenKind.COLON, ":", null);
            }
        }
        int c2 = peek(pos + 1);
        TokenKind two = Operators.twoChars(c, c2);
        if (two != null) {
            TokenKind three = Operators.threeChars(c, c2, peek(pos + 2));
            if (three != null) {
                pos += 3;
                return make(three, three.text(), null);
            }
            pos += 2;
            return make(two, c == '<' && c2 == '>' ? "<>" : two.text(), null);
        }
        pos++;
        switch (c) {
            case '(', '[', '{' -> openBracket((char) c, mode);
            case ')', ']', '}' -> closeBracket((char) c, mode);
            default -> { }
        }
        TokenKind kind = Operators.oneChar(c);
        if (kind != null) {
            return make(kind, kind.text(), null);
        }
        int cp = Character.isHighSurrogate((char) c) ? src.codePointAt(pos - 1) : c;
        if (!Identifiers.isPrintable(cp)) {
            throw errorAtPos(String.format("invalid non-printable character U+%04X", cp));
        }
        // CPython returns a generic OP token that no grammar rule accepts.
        throw tokenError("invalid syntax");
    }

    private void openBracket(char c, FStringMode mode) {
        if (level >= MAX_LEVEL) {
            throw errorAtPos("too many nested parentheses");
        }
        parenStack[level] = c;
        parenLine[level] = lineNo;
        parenLineStart[level] = lineStart;
        parenPos[level] = tokStart;
        level++;
        if (mode != null) {
            mode.curlyDepth++;
        }
    }

    private void closeBracket(char c, FStringMode mode) {
        if (mode != null && mode.curlyDepth == 0 && c == '}') {
            throw errorAtPos("f-string: single '}' is not allowed");
        }
        if (level == 0) {
            throw errorAtPos("unmatched '" + c + "'");
        }
        level--;
        char opening = parenStack[level];
        if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
            if (mode != null && opening == '{' && mode.curlyDepth - 1 == mode.exprStartDepth) {
                throw errorAtPos("f-string: unmatched '" + c + "'");
            }
            throw errorAtPos("closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'"
                    + (parenLine[level] != lineNo ? " on line " + parenLine[level] : ""));
        }
        if (mode != null) {
            mode.curlyDepth--;
            if (mode.curlyDepth < 0) {
                throw errorAtPos("f-string: unmatched '" + c + "'");
            }
            if (c == '}' && mode.curlyDepth == mode.exprStartDepth) {
                // The replacement field ends: back to the f-string's literal text.
                mode.exprStartDepth--;
                mode.regular = false;
                mode.inFormatSpec = false;
            }
        }
    }

    // ---- errors ----

    /** A tokenizer error pointing just before {@code pos} on the current line, as CPython reports them. */
    SyntaxErrorException errorAtPos(String msg) {
        int offset = src.codePointCount(lineStart, pos);
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, lineNo, offset, lineNo,
                offset, lineText(lineStart));
    }

    /** A tokenizer error whose 1-based offsets are the char counts up to {@code from} and {@code to}. */
    SyntaxErrorException errorBetween(String msg, int from, int to) {
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, lineNo,
                src.codePointCount(lineStart, from), lineNo, src.codePointCount(lineStart, to), lineText(lineStart));
    }

    /** An error covering the current token, as CPython's parser reports literal errors. */
    private SyntaxErrorException tokenError(String msg) {
        return tokenError(msg, lineStart);
    }

    SyntaxErrorException tokenError(String msg, int startLineStart) {
        int offset = src.codePointCount(startLineStart, tokStart) + 1;
        int endOffset = src.codePointCount(lineStart, pos) + 1;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR, msg, filename, tokLine, offset, lineNo,
                endOffset, lineWithNewline(startLineStart));
    }

    private SyntaxErrorException indentError(SyntaxErrorException.Kind kind, String msg) {
        return new SyntaxErrorException(kind, msg, filename, lineNo, 1, lineNo, 0, lineWithNewline(lineStart));
    }

    private SyntaxErrorException neverClosed() {
        int i = level - 1;
        int offset = src.codePointCount(parenLineStart[i], parenPos[i]) + 1;
        return new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX_ERROR,
                "'" + parenStack[i] + "' was never closed", filename, parenLine[i], offset, parenLine[i], 0,
                lineWithNewline(parenLineStart[i]), true);
    }

    String lineText(int start) {
        int nl = src.indexOf('\n', start);
        return src.substring(start, nl < 0 ? end : nl);
    }

    private String lineWithNewline(int start) {
        int nl = src.indexOf('\n', start);
        if (nl < 0 || nl == implicitNewline) {
            return src.substring(start, nl < 0 ? end : nl);
        }
        return src.substring(start, nl + 1);
    }

    // ---- source access for the parser ----

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < end; i++) {
                if (src.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int k = 1;
            for (int i = 0; i < end; i++) {
                if (src.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    private int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The text of source line {@code lineno} (1-based), without its newline; the empty string for a line
     * past the end.
     */
    public String line(int lineno) {
        int[] starts = lineStarts();
        if (lineno < 1 || lineno > starts.length || starts[lineno - 1] >= end) {
            return "";
        }
        return lineText(starts[lineno - 1]);
    }

    /**
     * The exact source text between two token positions (lines 1-based, UTF-8 byte columns, end
     * exclusive), for example the text of an f-string's self-documenting {@code =} field.
     */
    public String source(int line, int col, int endLine, int endCol) {
        return src.substring(charIndex(line, col), charIndex(endLine, endCol));
    }

    private int charIndex(int line, int byteCol) {
        int[] starts = lineStarts();
        if (line > starts.length) {
            return end;
        }
        int i = starts[Math.max(line, 1) - 1];
        int bytes = 0;
        while (bytes < byteCol && i < end) {
            bytes += utf8Length(src.charAt(i));
            i++;
        }
        return i;
    }
}
