package dev.taipan.parse;

/**
 * One token with its exact source range. Lines count from 1; columns are UTF-8 byte offsets
 * within the line, as CPython's AST positions are.
 *
 * @param kind      what the token is
 * @param text      the token's source text (for INDENT/DEDENT/NEWLINE/ENDMARKER: as CPython's tokenize)
 * @param value     the decoded value: for NUMBER a {@code Long}, {@code BigInteger}, {@code Double} or
 *                  {@code Imaginary}; for STRING a {@code String}, {@code CodePointString} (a str holding
 *                  surrogate code points, from escapes such as {@code \ud83d}) or {@code Bytes}; for
 *                  FSTRING_MIDDLE the decoded {@code String} or {@code CodePointString}; for NAME and
 *                  keywords the identifier as the parser keeps it (NFKC-normalised when not ASCII, else the
 *                  text itself; see {@link #identifier()}); otherwise {@code null}
 * @param line      first line
 * @param col       start byte column
 * @param endLine   last line
 * @param endCol    end byte column (exclusive)
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {
    /**
     * The identifier a NAME or keyword token stands for in the tree: NFKC-normalised, as CPython
     * stores names ({@code ｗｉｄｔｈ} is {@code width}). Soft keywords and other words the grammar
     * matches are compared with {@link #text()}, the source as written, as CPython does.
     */
    public String identifier() {
        return (String) value;
    }
}
