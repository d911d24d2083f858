package dev.taipan.parse;

/**
 * The state of one f-string being tokenized (an entry of CPython's tokenizer mode stack): its quote,
 * whether it is raw, where it started, and how deep the lexer is inside its replacement fields.
 * CPython: Parser/lexer/state.h, {@code tokenizer_mode}.
 */
final class FStringMode {
    /** True while tokenizing an expression of this f-string, false while scanning its literal text. */
    boolean regular;
    final char quote;
    final int quoteSize;
    final boolean raw;
    /** Char index of the f-string's first character (its prefix), for error positions. */
    final int startPos;
    final int startLine;
    final int startLineStart;
    /** Brackets of every kind opened inside this f-string's replacement fields and not yet closed. */
    int curlyDepth;
    /** The bracket depth at which the innermost replacement field started; -1 outside any field. */
    int exprStartDepth = -1;
    boolean inFormatSpec;

    FStringMode(char quote, int quoteSize, boolean raw, int startPos, int startLine, int startLineStart) {
        this.quote = quote;
        this.quoteSize = quoteSize;
        this.raw = raw;
        this.startPos = startPos;
        this.startLine = startLine;
        this.startLineStart = startLineStart;
    }

    /** Whether the lexer is inside a replacement field of this f-string. */
    boolean insideExpr() {
        return exprStartDepth >= 0;
    }
}
