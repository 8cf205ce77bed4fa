package org.statementworkbench.qa.number;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.Span;

/**
 * A text as the number readers see it, with a map back to the offsets of the text as written. Arabic-Indic and
 * full-width digits become ASCII digits; the no-break, narrow no-break, thin and figure spaces become one no-break
 * space; letters with combining accents are composed; hyphen variants become {@code -} and dash variants {@code –}; full-width parentheses and per cent become
 * ASCII; Arabic alef and yeh variants are unified and {@code ё} becomes {@code е}, so that the word tables match
 * every spelling; tatweel, Arabic vowel marks, soft hyphens, zero-width and bidi control characters are dropped.
 */
final class NormalizedText {

    /** The no-break space that every fixed-width space becomes. */
    static final char HARD_SPACE = '\u00A0';

    private final String text;
    private final int @Nullable [] origin;
    private final int originalLength;

    private NormalizedText(String text, int @Nullable [] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static NormalizedText of(String original) {
        int n = original.length();
        int i = 0;
        while (i < n && original.charAt(i) < '\u00A0') {
            i++; // nothing below U+00A0 changes: most English text is read as it is
        }
        if (i == n) {
            return new NormalizedText(original, null, n);
        }
        if (i > 0 && combining(original.charAt(i))) {
            i--; // the accent belongs to the letter before it
        }
        char[] out = null; // allocated at the first change
        int[] origin = null; // allocated at the first change of length
        int length = i;
        for (; i < n; i++) {
            char c = original.charAt(i);
            char m = TABLE[c];
            boolean drop = m == DROPPED;
            int marks = i + 1;
            while (marks < n && combining(original.charAt(marks))) {
                marks++;
            }
            char normal = m;
            if (marks > i + 1) {
                // a letter with combining accents: composed when Unicode has the composed letter, else unaccented
                normal = mapped(Normalizer.normalize(original.substring(i, marks), Normalizer.Form.NFC)
                        .charAt(0));
            }
            if (out == null) {
                if (!drop && marks == i + 1 && normal == c) {
                    length++;
                    continue;
                }
                out = new char[n];
                original.getChars(0, length, out, 0);
            }
            if (origin == null && (drop || marks > i + 1)) {
                origin = new int[n + 1];
                for (int k = 0; k < length; k++) {
                    origin[k] = k;
                }
            }
            if (!drop) {
                if (origin != null) {
                    origin[length] = i;
                }
                out[length++] = normal;
            }
            i = marks - 1;
        }
        if (out == null) {
            return new NormalizedText(original, null, n);
        }
        if (origin != null) {
            origin[length] = n;
        }
        return new NormalizedText(new String(out, 0, length), origin, n);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The span in the text as written of the normalized range [start, end). */
    Span span(int start, int end) {
        if (origin == null) {
            return new Span(start, end);
        }
        int from = start < text.length() ? origin[start] : originalLength;
        int to = end > start ? origin[end - 1] + 1 : from;
        return new Span(from, Math.max(from, to));
    }

    private static final char DROPPED = '\uFFFF';

    /** Each character as normalized, {@link #DROPPED} for those dropped: one array read per character. */
    private static final char[] TABLE = new char[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = dropped((char) c) ? DROPPED : mapped((char) c);
        }
    }

    private static boolean combining(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    private static boolean dropped(char c) {
        return c == '\u0640' // tatweel
                || (c >= '\u064B' && c <= '\u065F') // Arabic vowel marks
                || c == '\u0670'
                || c == '\u00AD' // soft hyphen
                || (c >= '\u200B' && c <= '\u200F') // zero-width, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E') // bidi embeddings
                || (c >= '\u2066' && c <= '\u2069') // bidi isolates
                || c == '\uFEFF';
    }

    private static char mapped(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        return switch (c) {
            case '\u00A0', '\u202F', '\u2009', '\u2007' -> HARD_SPACE;
            case '\u2010', '\u2011' -> '-';
            case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '–';
            case '\uFF08' -> '(';
            case '\uFF09' -> ')';
            case '\uFF05' -> '%';
            case '\u2019' -> '\'';
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ی' -> 'ي';
            case 'ک' -> 'ك';
            case 'ё' -> 'е';
            case 'Ё' -> 'Е';
            default -> c;
        };
    }
}
