package org.statementworkbench.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statementworkbench.statement.InlineMarkers;

/**
 * A text as the scorer compares it: its words (each Chinese character a word of its own), its numbers, its
 * punctuation and its formatting, apart. Word keys are lower-cased, without combining marks and Arabic tatweel, so
 * that case and vowel marks count as small differences only; every number is the same word ({@link #NUMBER}), so that
 * a differing number costs a fixed penalty rather than a word, and can be adapted.
 */
record MatchTokens(
        List<String> words,
        List<String> exactWords,
        List<String> numbers,
        String punctuation,
        List<String> formatting) {

    /** The word key every number has. */
    static final String NUMBER = "#";

    private static final char TATWEEL = '\u0640';

    static MatchTokens of(String marked) {
        List<String> formatting = new ArrayList<>(formatting(marked));
        String plain = withoutPlaceholders(InlineMarkers.plain(marked), formatting);
        List<String> words = new ArrayList<>();
        List<String> exactWords = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        var punctuation = new StringBuilder();
        int i = 0;
        while (i < plain.length()) {
            int c = plain.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isDigit(c)) {
                int end = numberEnd(plain, next);
                numbers.add(plain.substring(i, end));
                words.add(NUMBER);
                exactWords.add(NUMBER);
                i = end;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                String han = plain.substring(i, next);
                words.add(han);
                exactWords.add(han);
                i = next;
            } else if (isWordChar(c)) {
                int end = next;
                while (end < plain.length()) {
                    int d = plain.codePointAt(end);
                    if (!isWordChar(d) || Character.UnicodeScript.of(d) == Character.UnicodeScript.HAN) {
                        break;
                    }
                    end += Character.charCount(d);
                }
                String word = plain.substring(i, end);
                words.add(key(word));
                exactWords.add(word);
                i = end;
            } else {
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    punctuation.appendCodePoint(c);
                }
                i = next;
            }
        }
        return new MatchTokens(
                List.copyOf(words),
                List.copyOf(exactWords),
                List.copyOf(numbers),
                punctuation.toString(),
                List.copyOf(formatting));
    }

    /** Letters, combining marks and tatweel; an apostrophe or hyphen inside a word is punctuation. */
    private static boolean isWordChar(int c) {
        return Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** A number goes on over a decimal or group separator between digits ("1.25", "1,000", "1 000"). */
    private static int numberEnd(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isDigit(c)) {
                end++;
            } else if ((c == '.' || c == ',' || c == '\u00A0' || c == '\u202F' || c == '\u066B' || c == '\u066C')
                    && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1))) {
                end++;
            } else {
                break;
            }
        }
        return end;
    }

    private static String key(String word) {
        var key = new StringBuilder(word.length());
        word.codePoints()
                .filter(c -> c != TATWEEL
                        && Character.getType(c) != Character.NON_SPACING_MARK
                        && Character.getType(c) != Character.COMBINING_SPACING_MARK)
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The text with each inline-code placeholder of an imported unit ({@link TmxInline}) as a space, the placeholder
     * added to {@code tags} as a tag: tags count as formatting, not as words or numbers.
     */
    private static String withoutPlaceholders(String plain, List<String> tags) {
        if (plain.indexOf(TmxInline.OPEN) < 0) {
            return plain;
        }
        var out = new StringBuilder(plain.length());
        int i = 0;
        while (i < plain.length()) {
            int length = TmxInline.placeholderLength(plain, i);
            if (length > 0) {
                tags.add("TAG");
                out.append(' ');
                i += length;
            } else {
                out.append(plain.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Each bold or italic stretch as its kind and the words it covers. */
    private static List<String> formatting(String marked) {
        List<String> stretches = new ArrayList<>();
        for (var stretch : InlineMarkers.stretches(marked)) {
            String covered = InlineMarkers.plain(marked.substring(stretch.start(), stretch.end()));
            stretches.add(stretch.kind() + ":" + covered.strip());
        }
        return stretches;
    }
}
