package org.statementworkbench.statement.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;

/** Offsets, whitespace and line breaks of {@link SentenceSegmenter#split}, and the overlay's precedence. */
class SentenceSegmenterTest {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    @Test
    void spansExcludeSurroundingWhitespace() {
        String text = "  Thank you.\u00A0 Mr. Chair, we agree.  ";
        assertEquals(List.of(new TextSpan(2, 12), new TextSpan(14, 34)), SEGMENTER.split(text, UnLanguage.EN));
    }

    @Test
    void aLineBreakAlwaysEndsASegmentEvenWithoutPunctuation() {
        String text = "Mr. Chair,\nThailand pledges\n\n its commitment";
        assertEquals(
                List.of("Mr. Chair,", "Thailand pledges", "its commitment"),
                SEGMENTER.split(text, UnLanguage.EN).stream()
                        .map(s -> s.of(text))
                        .toList());
    }

    @Test
    void theOverlayTakesPrecedenceOverLanguageToolsRules() {
        String text = "See para. 5 of the report. It was adopted.";
        var languageToolOnly = new SentenceSegmenter(SegmentationRules.languageTool());
        assertEquals(
                List.of("See para.", "5 of the report.", "It was adopted."),
                languageToolOnly.split(text, UnLanguage.EN).stream()
                        .map(s -> s.of(text))
                        .toList());
        assertEquals(
                List.of("See para. 5 of the report.", "It was adopted."),
                SEGMENTER.split(text, UnLanguage.EN).stream()
                        .map(s -> s.of(text))
                        .toList());
    }

    @Test
    void givesTheSameSpansFromManyThreads() throws Exception {
        String text = "Thailand pledges its commitment. See E/CN.15/2022/L.5/Rev.1, para. 5. Thank you.";
        List<TextSpan> expected = SEGMENTER.split(text, UnLanguage.EN);
        assertEquals(3, expected.size());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<TextSpan>>> results =
                    pool.invokeAll(java.util.Collections.nCopies(200, () -> SEGMENTER.split(text, UnLanguage.EN)));
            for (Future<List<TextSpan>> result : results) {
                assertEquals(expected, result.get());
            }
        }
    }

    @Test
    void textSpanRejectsBackwardsSpans() {
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 4));
    }
}
