package dev.taipan.parse;

import dev.taipan.ast.Printable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Character classes the tokenizer needs: identifier characters (Unicode {@code XID_Start} and
 * {@code XID_Continue}, as CPython's {@code str.isidentifier}), printability (as
 * {@code str.isprintable}), and the hard keywords.
 */
final class Identifiers {
    private static final Map<String, TokenKind> KEYWORDS = keywords();

    private Identifiers() {
    }

    private static Map<String, TokenKind> keywords() {
        Map<String, TokenKind> map = new HashMap<>();
        for (TokenKind kind : TokenKind.values()) {
            if (kind.isKeyword()) {
                map.put(kind.text(), kind);
            }
        }
        return Map.copyOf(map);
    }

    /** The keyword kind of {@code name}, or {@link TokenKind#NAME}. */
    static TokenKind keywordOrName(String name) {
        return KEYWORDS.getOrDefault(name, TokenKind.NAME);
    }

    /** Whether a character can start what the tokenizer scans as a name: ASCII letter, {@code _}, or non-ASCII. */
    static boolean isPotentialStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    /** Whether a character can continue what the tokenizer scans as a name. */
    static boolean isPotentialPart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    /**
     * Whether {@code cp} is in {@code XID_Start}. Java answers {@code ID_Start}; the few characters whose
     * NFKC form is not an identifier are removed, as the derived XID property does.
     */
    static boolean isXidStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return Character.isUnicodeIdentifierStart(cp) && !notXid(cp)
                && cp != 0x0E33 && cp != 0x0EB3 && cp != 0xFF9E && cp != 0xFF9F;
    }

    /** Whether {@code cp} is in {@code XID_Continue}. */
    static boolean isXidContinue(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        // Java counts "identifier-ignorable" controls and format characters as identifier parts;
        // Unicode's ID_Continue does not, except the joiners it added in Unicode 15.1.
        if (Character.isIdentifierIgnorable(cp)) {
            return cp == 0x200C || cp == 0x200D;
        }
        return Character.isUnicodeIdentifierPart(cp) && !notXid(cp);
    }

    // Characters in ID_Start/ID_Continue but not in the XID forms (DerivedCoreProperties.txt), and
    // U+2E2F, a letter that Unicode excludes as Pattern_Syntax but Java does not.
    private static boolean notXid(int cp) {
        return cp == 0x2E2F || cp == 0x037A || cp == 0x309B || cp == 0x309C || (cp >= 0xFC5E && cp <= 0xFC63)
                || cp == 0xFDFA || cp == 0xFDFB || (cp >= 0xFE70 && cp <= 0xFE7E && (cp & 1) == 0);
    }

    /**
     * Returns the index (in chars) of the first character of {@code name} that may not appear at its
     * place in an identifier, or {@code name.length()} when all are valid. CPython:
     * Objects/unicodeobject.c, _PyUnicode_ScanIdentifier.
     */
    static int scanIdentifier(String name) {
        int first = name.codePointAt(0);
        if (!isXidStart(first) && first != '_') {
            return 0;
        }
        int i = Character.charCount(first);
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            if (!isXidContinue(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The identifier as the parser keeps it: NFKC-normalised when not ASCII. */
    static String normalize(String name, boolean ascii) {
        return ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
    }

    /** Whether {@code cp} is printable as Python's {@code str.isprintable} defines it. */
    static boolean isPrintable(int cp) {
        return Printable.isPrintable(cp);
    }
}
