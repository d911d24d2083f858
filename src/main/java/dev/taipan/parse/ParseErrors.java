package dev.taipan.parse;

import dev.taipan.ast.Attribute;
import dev.taipan.ast.Await;
import dev.taipan.ast.BinOp;
import dev.taipan.ast.BoolOp;
import dev.taipan.ast.Call;
import dev.taipan.ast.Compare;
import dev.taipan.ast.Constant;
import dev.taipan.ast.Dict;
import dev.taipan.ast.DictComp;
import dev.taipan.ast.Expr;
import dev.taipan.ast.FormattedValue;
import dev.taipan.ast.GeneratorExp;
import dev.taipan.ast.IfExp;
import dev.taipan.ast.JoinedStr;
import dev.taipan.ast.Lambda;
import dev.taipan.ast.ListComp;
import dev.taipan.ast.Located;
import dev.taipan.ast.Name;
import dev.taipan.ast.NamedExpr;
import dev.taipan.ast.SetComp;
import dev.taipan.ast.Singleton;
import dev.taipan.ast.Slice;
import dev.taipan.ast.Starred;
import dev.taipan.ast.Subscript;
import dev.taipan.ast.Tuple;
import dev.taipan.ast.UnaryOp;
import dev.taipan.ast.Yield;
import dev.taipan.ast.YieldFrom;

/**
 * The parser's error messages, worded as CPython 3.13 words them, and the helpers that place an
 * error where CPython places it.
 */
final class ParseErrors {
    static final String INVALID_SYNTAX = "invalid syntax";
    static final String FORGOT_COMMA = "invalid syntax. Perhaps you forgot a comma?";
    static final String EXPECTED_COLON = "expected ':'";
    static final String UNEXPECTED_INDENT = "unexpected indent";
    static final String UNEXPECTED_UNINDENT = "unexpected unindent";
    static final String MAYBE_EQ_OR_WALRUS = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    static final String POSITIONAL_AFTER_KEYWORD = "positional argument follows keyword argument";
    static final String POSITIONAL_AFTER_UNPACKING = "positional argument follows keyword argument unpacking";
    static final String ITERABLE_AFTER_UNPACKING = "iterable argument unpacking follows keyword argument unpacking";
    static final String GENEXP_PARENS = "Generator expression must be parenthesized";
    static final String NON_DEFAULT_AFTER_DEFAULT = "parameter without a default follows parameter with a default";
    static final String UNPACKING_IN_COMPREHENSION = "iterable unpacking cannot be used in comprehension";
    static final String DICT_UNPACKING_IN_COMPREHENSION = "dict unpacking cannot be used in dict comprehension";
    static final String STARRED_HERE = "cannot use starred expression here";
    static final String DOUBLE_STARRED_HERE = "cannot use double starred expression here";
    static final String TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";
    static final String EXPECTED_INDENTED_BLOCK = "expected an indented block";

    private ParseErrors() {
    }

    /** An error of {@code kind} spanning byte columns {@code col..endCol}; {@code endCol < 0} means unknown. */
    static SyntaxErrorException at(Tokens ts, SyntaxErrorException.Kind kind, String msg,
                                   int line, int col, int endLine, int endCol) {
        String text = ts.line(line);
        int offset = SyntaxErrorException.characterOffset(text, col);
        int endOffset;
        if (endCol < 0) {
            endOffset = -1;
        } else if (endLine == line) {
            endOffset = SyntaxErrorException.characterOffset(text, endCol);
        } else {
            endOffset = SyntaxErrorException.characterOffset(ts.line(endLine), endCol);
        }
        return new SyntaxErrorException(kind, msg, ts.filename, line, offset, endLine, endOffset, text);
    }

    /** A {@code SyntaxError} on token {@code t}. */
    static SyntaxErrorException atToken(Tokens ts, String msg, Token t) {
        return at(ts, SyntaxErrorException.Kind.SYNTAX_ERROR, msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** A {@code SyntaxError} spanning node {@code n}. */
    static SyntaxErrorException atNode(Tokens ts, String msg, Located n) {
        return at(ts, SyntaxErrorException.Kind.SYNTAX_ERROR, msg, n.lineno(), n.colOffset(),
                n.endLineno(), n.endColOffset());
    }

    /** A {@code SyntaxError} from the start of {@code a} to the end of {@code b}. */
    static SyntaxErrorException range(Tokens ts, String msg, Located a, Located b) {
        return at(ts, SyntaxErrorException.Kind.SYNTAX_ERROR, msg, a.lineno(), a.colOffset(),
                b.endLineno(), b.endColOffset());
    }

    /** A {@code SyntaxError} from the start of token {@code a} to the end of node {@code b}. */
    static SyntaxErrorException range(Tokens ts, String msg, Token a, Located b) {
        return at(ts, SyntaxErrorException.Kind.SYNTAX_ERROR, msg, a.line(), a.col(),
                b.endLineno(), b.endColOffset());
    }

    /** A {@code SyntaxError} from the start of token {@code a} to the end of token {@code b}. */
    static SyntaxErrorException range(Tokens ts, String msg, Token a, Token b) {
        return at(ts, SyntaxErrorException.Kind.SYNTAX_ERROR, msg, a.line(), a.col(), b.endLine(), b.endCol());
    }

    /**
     * CPython's message without a known location: it points at the last token the parser
     * fetched, which here is the furthest token looked at.
     */
    static SyntaxErrorException atLast(Tokens ts, String msg) {
        return atToken(ts, msg, ts.toks[Math.min(ts.furthest, ts.end)]);
    }

    /** The generic "invalid syntax", or an indentation error when the offending token is an INDENT/DEDENT. */
    static SyntaxErrorException invalidSyntax(Tokens ts) {
        Token t = ts.toks[Math.min(ts.furthest, ts.end)];
        if (t.kind() == TokenKind.INDENT) {
            // CPython reports the indent's width as the offset, without the usual +1.
            return at(ts, SyntaxErrorException.Kind.INDENTATION_ERROR, UNEXPECTED_INDENT,
                    t.line(), Math.max(t.endCol() - 1, 0), t.line(), -1);
        }
        if (t.kind() == TokenKind.DEDENT) {
            return at(ts, SyntaxErrorException.Kind.INDENTATION_ERROR, UNEXPECTED_UNINDENT,
                    t.line(), t.col(), t.line(), -1);
        }
        return atToken(ts, INVALID_SYNTAX, t);
    }

    /** An {@code IndentationError} at token {@code t}. */
    static SyntaxErrorException indentation(Tokens ts, String msg, Token t) {
        return at(ts, SyntaxErrorException.Kind.INDENTATION_ERROR, msg, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /**
     * Chooses between a parser error and a held-back lexer error as CPython does: after a parser
     * error CPython tokenizes the rest of the file, and a tokenizer error found there wins, except
     * that an unclosed bracket only wins when the parser reached the end of the file or failed on
     * a later line than the bracket's. An unexpected indent is reported without that check.
     */
    static SyntaxErrorException settle(Tokens ts, SyntaxErrorException parserError) {
        SyntaxErrorException lex = ts.lexError;
        if (lex == null) {
            return parserError;
        }
        boolean reachedLexError = ts.furthest >= ts.end;
        if (reachedLexError) {
            return lex;
        }
        String m = parserError.msg();
        if (m.equals(UNEXPECTED_INDENT) || m.equals(UNEXPECTED_UNINDENT)) {
            return parserError;
        }
        if (lex.unclosedBracket()) {
            return parserError.lineno() > lex.lineno() ? lex : parserError;
        }
        return lex;
    }

    /** CPython's name for an expression in messages such as "cannot assign to %s". */
    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case dev.taipan.ast.List l -> "list";
            case Tuple t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case dev.taipan.ast.Set s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> constantName(c.value());
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }

    private static String constantName(Object v) {
        if (v == Singleton.NONE) {
            return "None";
        }
        if (v == Singleton.ELLIPSIS) {
            return "ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return "literal";
    }
}
