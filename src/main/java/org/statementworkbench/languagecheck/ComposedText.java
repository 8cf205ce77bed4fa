package org.statementworkbench.languagecheck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A text in composed Unicode form (NFC) for LanguageTool, whose dictionaries hold composed words only: a decomposed
 * "é" (e + combining acute, as in some UN files) would be a misspelling. Keeps the way back, so that match offsets
 * in the composed text become offsets in the text the translator sees.
 */
final class ComposedText {

    private final String original;
    private final String composed;
    /** For each char of {@code composed} and one past its end: the offset in {@code original} where it begins. */
    private final int[] originalOffsets;

    private ComposedText(String original, String composed, int[] originalOffsets) {
        this.original = original;
        this.composed = composed;
        this.originalOffsets = originalOffsets;
    }

    static ComposedText of(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return new ComposedText(text, text, new int[0]);
        }
        StringBuilder composed = new StringBuilder(text.length());
        List<Integer> offsets = new ArrayList<>(text.length() + 1);
        int start = 0;
        while (start < text.length()) {
            int end = clusterEnd(text, start);
            String part = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC);
            for (int i = 0; i < part.length(); i++) {
                offsets.add(start);
            }
            composed.append(part);
            start = end;
        }
        offsets.add(text.length());
        return new ComposedText(
                text,
                composed.toString(),
                offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The end of the base character at {@code start} with the combining marks that follow it. */
    private static int clusterEnd(String text, int start) {
        int end = start + Character.charCount(text.codePointAt(start));
        while (end < text.length()) {
            int type = Character.getType(text.codePointAt(end));
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    /** The text to give LanguageTool. */
    String composed() {
        return composed;
    }

    boolean changed() {
        return originalOffsets.length > 0;
    }

    /** Where an offset of the original text lies in the composed text. */
    int toComposed(int originalOffset) {
        if (!changed()) {
            return originalOffset;
        }
        int low = 0;
        int high = originalOffsets.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (originalOffsets[mid] < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** A match found in the composed text, placed in the original text. */
    LanguageMatch toOriginal(LanguageMatch match) {
        if (!changed()) {
            return match;
        }
        int start = originalOffsets[Math.min(match.start(), composed.length())];
        int end = match.end() >= composed.length() ? original.length() : originalOffsets[match.end()];
        if (end < start) {
            end = start;
        }
        return new LanguageMatch(
                LanguageMatch.idOf(match.ruleId(), start, end, original.substring(start, end)),
                match.ruleId(),
                match.ruleDescription(),
                match.categoryId(),
                match.kind(),
                start,
                end,
                match.message(),
                match.shortMessage(),
                match.suggestions(),
                match.suggestionsPending());
    }
}
