package dev.taipan.parse;

/**
 * The kinds of token the {@link Lexer} produces. Operators and hard keywords each have a kind of
 * their own, so the parser compares enum constants, never strings; soft keywords ({@code match},
 * {@code case}, {@code type}, {@code _}) are {@link #NAME}s.
 */
public enum TokenKind {
    NAME(null), NUMBER(null), STRING(null),
    /** The start of an f-string: its prefix and opening quote, as in {@code f"} or {@code rf'''}. */
    FSTRING_START(null),
    /** Literal text inside an f-string or its format spec; the token's value is the decoded text. */
    FSTRING_MIDDLE(null),
    /** The closing quote of an f-string. */
    FSTRING_END(null),
    NEWLINE(null), INDENT(null), DEDENT(null), ENDMARKER(null),

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), DOT("."), ELLIPSIS("..."), ARROW("->"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    AT("@"), VBAR("|"), AMPER("&"), CIRCUMFLEX("^"), TILDE("~"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    LESS("<"), GREATER(">"), EQUAL("="), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    EXCLAMATION("!"), COLONEQUAL(":="),
    PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), DOUBLESLASHEQUAL("//="),
    PERCENTEQUAL("%="), DOUBLESTAREQUAL("**="), ATEQUAL("@="), VBAREQUAL("|="), AMPEREQUAL("&="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"),
    AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"),
    ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"),
    GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"), LAMBDA("lambda"),
    NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"), RETURN("return"),
    TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    private final String text;

    TokenKind(String text) {
        this.text = text;
    }

    /** The fixed spelling of an operator or keyword, or {@code null} for kinds whose text varies. */
    public String text() {
        return text;
    }

    /** Whether this kind is a hard keyword. */
    public boolean isKeyword() {
        return compareTo(FALSE) >= 0;
    }
}
