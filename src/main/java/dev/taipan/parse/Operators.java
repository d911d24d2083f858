package dev.taipan.parse;

/**
 * The operator table of the tokenizer: which one-, two- and three-character spellings are operators.
 * It mirrors CPython's generated {@code Parser/token.c} ({@code _PyToken_OneChar}, {@code _PyToken_TwoChars},
 * {@code _PyToken_ThreeChars}).
 */
final class Operators {
    private Operators() {
    }

    /** The kind of a one-character operator, or {@code null} when {@code c} is none. */
    static TokenKind oneChar(int c) {
        return switch (c) {
            case '!' -> TokenKind.EXCLAMATION;
            case '%' -> TokenKind.PERCENT;
            case '&' -> TokenKind.AMPER;
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '*' -> TokenKind.STAR;
            case '+' -> TokenKind.PLUS;
            case ',' -> TokenKind.COMMA;
            case '-' -> TokenKind.MINUS;
            case '.' -> TokenKind.DOT;
            case '/' -> TokenKind.SLASH;
            case ':' -> TokenKind.COLON;
            case ';' -> TokenKind.SEMI;
            case '<' -> TokenKind.LESS;
            case '=' -> TokenKind.EQUAL;
            case '>' -> TokenKind.GREATER;
            case '@' -> TokenKind.AT;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '{' -> TokenKind.LBRACE;
            case '|' -> TokenKind.VBAR;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            default -> null;
        };
    }

    /**
     * The kind of a two-character operator, or {@code null}. {@code <>} is {@link TokenKind#NOTEQUAL}
     * as in CPython, whose parser then rejects it unless {@code barry_as_FLUFL} is in effect.
     */
    static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%': return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&': return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*': return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+': return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-': return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.ARROW : null;
            case '/': return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':': return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                        : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=': return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>': return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@': return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^': return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|': return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default: return null;
        }
    }

    /** The kind of a three-character operator, or {@code null}. */
    static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return c1 == '.' && c2 == '.' && c3 == '.' ? TokenKind.ELLIPSIS : null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
