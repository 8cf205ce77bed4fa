package org.statementworkbench.qa.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mentions found in one text so far and the parts of the normalized text they cover: each reader skips what an
 * earlier one has claimed, so "3 p.m." is one time and not also the number 3, and "pour cent" is not the number 100.
 */
final class Claims {

    private final NormalizedText text;
    private final BitSet claimed = new BitSet();
    private final List<Mention> mentions = new ArrayList<>();

    Claims(NormalizedText text) {
        this.text = text;
    }

    NormalizedText text() {
        return text;
    }

    private int @Nullable [] digitStarts;

    /** Where the runs of digits start, in text order (computed once per text). */
    int[] digitStarts() {
        if (digitStarts == null) {
            String t = text.text();
            int[] starts = new int[8];
            int count = 0;
            for (int i = 0; i < t.length(); i++) {
                if (DigitNumbers.isDigit(t.charAt(i)) && (i == 0 || !DigitNumbers.isDigit(t.charAt(i - 1)))) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i;
                }
            }
            digitStarts = Arrays.copyOf(starts, count);
        }
        return digitStarts;
    }

    boolean free(int start, int end) {
        int next = claimed.nextSetBit(start);
        return next < 0 || next >= end;
    }

    /** Marks [start, end) as read without a mention (e.g. "per cent" after a number word). */
    void claim(int start, int end) {
        claimed.set(start, end);
    }

    /** Adds a mention for the normalized range [start, end) and claims the range. */
    void add(
            MentionKind kind,
            BigDecimal value,
            @Nullable BigDecimal alternative,
            int start,
            int end,
            boolean optional) {
        claim(start, end);
        mentions.add(new Mention(kind, value, alternative, text.span(start, end), optional));
    }

    /** The mentions in text order. */
    List<Mention> mentions() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(m -> m.span().start()));
        return sorted;
    }
}
