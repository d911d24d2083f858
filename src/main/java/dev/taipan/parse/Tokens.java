package dev.taipan.parse;

import java.util.ArrayList;

/**
 * The parser's view of the token stream: every token pulled from the {@link Lexer} into an array,
 * read by index so that lookahead and backtracking are a plain integer assignment.
 *
 * <p>A lexer error does not stop the pull: the tokens before it are kept and the error is held
 * back, because CPython reports a tokenizer error only where the parser reaches it, or after a
 * parser error when the rest of the file is checked (see {@link ParseErrors#settle}).
 */
final class Tokens {
    final Token[] toks;
    /** Index of the first token that does not exist because the lexer failed; {@code toks.length - 1} otherwise. */
    final int end;
    /** The held-back lexer error, or {@code null}. */
    final SyntaxErrorException lexError;
    final Lexer lexer;
    final String filename;
    /** The bracket nesting level after each token, as CPython's tokenizer records it. */
    final int[] level;
    int pos;
    /** How deep the parser has recursed, bounded by {@link #MAX_DEPTH}. */
    int depth;
    /** The furthest index looked at, where CPython reports a generic "invalid syntax". */
    int furthest;

    Tokens(Lexer lexer, String filename) {
        this.lexer = lexer;
        this.filename = filename;
        ArrayList<Token> list = new ArrayList<>(256);
        SyntaxErrorException error = null;
        try {
            while (true) {
                Token t = lexer.next();
                list.add(t);
                if (t.kind() == TokenKind.ENDMARKER) {
                    break;
                }
            }
        } catch (SyntaxErrorException e) {
            error = e;
            // A sentinel stands where the failing token would be, so lookahead never runs off the array.
            Token last = list.isEmpty() ? null : list.get(list.size() - 1);
            int line = last == null ? 1 : last.endLine();
            int col = last == null ? 0 : last.endCol();
            list.add(new Token(TokenKind.ENDMARKER, "", null, line, col, line, col));
        }
        this.toks = list.toArray(new Token[0]);
        this.end = toks.length - 1;
        this.lexError = error;
        this.level = new int[toks.length];
        int l = 0;
        for (int i = 0; i < toks.length; i++) {
            switch (toks[i].kind()) {
                case LPAR, LSQB, LBRACE -> l++;
                case RPAR, RSQB, RBRACE -> l = Math.max(0, l - 1);
                default -> { }
            }
            level[i] = l;
        }
    }

    /** The deepest recursion the parser allows before it reports the source as too complex. */
    static final int MAX_DEPTH = 3000;

    /** Enters one level of recursion; fails cleanly instead of overflowing the Java stack. */
    void enter() {
        if (++depth > MAX_DEPTH) {
            depth = 0;
            throw ParseErrors.atToken(this, ParseErrors.TOO_COMPLEX, peek());
        }
    }

    void leave() {
        depth--;
    }

    /**
     * The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where CPython ends
     * a node's range.
     */
    Token lastReal() {
        for (int i = pos - 1; i > 0; i--) {
            switch (toks[i].kind()) {
                case NEWLINE, INDENT, DEDENT, ENDMARKER -> { }
                default -> {
                    return toks[i];
                }
            }
        }
        return toks[0];
    }

    /** The current token. */
    Token peek() {
        if (pos > furthest) {
            furthest = pos;
        }
        return toks[pos];
    }

    /** The token {@code k} places ahead of the current one, clamped to the last. */
    Token peek(int k) {
        int i = Math.min(pos + k, end);
        if (i > furthest) {
            furthest = i;
        }
        return toks[i];
    }

    TokenKind kind() {
        return peek().kind();
    }

    TokenKind kind(int k) {
        return peek(k).kind();
    }

    boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    /** Whether the current token is the NAME {@code word} (a soft keyword). */
    boolean atName(String word) {
        Token t = peek();
        return t.kind() == TokenKind.NAME && t.text().equals(word);
    }

    /** Consumes and returns the current token. */
    Token next() {
        Token t = peek();
        if (pos < end) {
            pos++;
        }
        return t;
    }

    /** Consumes the current token when it is of kind {@code k}. */
    boolean accept(TokenKind k) {
        if (peek().kind() == k) {
            next();
            return true;
        }
        return false;
    }

    /** The most recently consumed token. */
    Token prev() {
        return toks[Math.max(pos - 1, 0)];
    }

    /** The source line {@code n} (1-based), or {@code null}. */
    String line(int n) {
        return lexer.line(n);
    }
}
