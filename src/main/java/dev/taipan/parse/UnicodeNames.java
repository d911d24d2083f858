package dev.taipan.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Looks up the character named in a {@code \N{...}} escape. Java knows the names of
 * {@code UnicodeData.txt}; the names Unicode defines by rule (Hangul syllables, CJK ideographs) are
 * computed here, as CPython's {@code unicodedata} does, and the formal aliases come from a generated
 * table ({@code unicode_name_aliases.txt}, made by {@code tools/gen_unicode_aliases.py}).
 */
final class UnicodeNames {
    // The short jamo names of the Hangul syllable naming rule (Unicode chapter 3.12).
    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final int HANGUL_BASE = 0xAC00;

    private UnicodeNames() {
    }

    /** The code point named {@code name} (case-insensitive, as CPython), or -1 when there is none. */
    static int lookup(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring("HANGUL SYLLABLE ".length()));
        }
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            int cp = hex(upper.substring("CJK UNIFIED IDEOGRAPH-".length()));
            return cp >= 0 && isUnifiedIdeograph(cp) ? cp : -1;
        }
        if (upper.startsWith("CJK COMPATIBILITY IDEOGRAPH-")) {
            int cp = hex(upper.substring("CJK COMPATIBILITY IDEOGRAPH-".length()));
            Character.UnicodeBlock block = cp >= 0 ? Character.UnicodeBlock.of(cp) : null;
            return (block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT)
                    && Character.isDefined(cp) ? cp : -1;
        }
        try {
            return Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return Aliases.MAP.getOrDefault(upper, -1);
        }
    }

    /** The alias table, loaded on first use. */
    private static final class Aliases {
        static final Map<String, Integer> MAP = load();

        private static Map<String, Integer> load() {
            Map<String, Integer> map = new HashMap<>();
            try (InputStream in = UnicodeNames.class.getResourceAsStream("unicode_name_aliases.txt")) {
                if (in == null) {
                    return Map.of();
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int semi = line.indexOf(';');
                    if (!line.startsWith("#") && semi > 0) {
                        map.put(line.substring(0, semi), Integer.parseInt(line.substring(semi + 1), 16));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(map);
        }
    }

    private static int hex(String digits) {
        if (digits.length() < 4 || digits.length() > 5) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), 16);
            if (d < 0 || digits.charAt(i) > 'F') {
                return -1;
            }
            value = value * 16 + d;
        }
        return value;
    }

    // CPython: Modules/unicodedata.c, is_unified_ideograph (Unicode 15.1).
    private static boolean isUnifiedIdeograph(int cp) {
        return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B739) || (cp >= 0x2B740 && cp <= 0x2B81D)
                || (cp >= 0x2B820 && cp <= 0x2CEA1) || (cp >= 0x2CEB0 && cp <= 0x2EBE0)
                || (cp >= 0x2EBF0 && cp <= 0x2EE5D) || (cp >= 0x30000 && cp <= 0x3134A)
                || (cp >= 0x31350 && cp <= 0x323AF);
    }

    private static int hangul(String jamo) {
        // Greedy longest match of lead, vowel, tail, as the naming rule is unambiguous that way.
        for (int l = 0; l < LEADS.length; l++) {
            if (!jamo.startsWith(LEADS[l])) {
                continue;
            }
            for (int v = 0; v < VOWELS.length; v++) {
                if (!jamo.startsWith(VOWELS[v], LEADS[l].length())) {
                    continue;
                }
                String rest = jamo.substring(LEADS[l].length() + VOWELS[v].length());
                for (int t = 0; t < TAILS.length; t++) {
                    if (rest.equals(TAILS[t])) {
                        return HANGUL_BASE + (l * VOWELS.length + v) * TAILS.length + t;
                    }
                }
            }
        }
        return -1;
    }
}
